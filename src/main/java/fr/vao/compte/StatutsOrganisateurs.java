package fr.vao.compte;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.securite.Connexions;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Status changes of an organiser account made by a colleague (spec §2.1 step 5 scenario 2, §2.3, rules 12, 14):
 * validation or refusal of a request, deactivation, reactivation. The organisme module decides whether the colleague
 * belongs to the same organisme (or to the siège) and applies the last-user rule; this class checks the statuses on
 * the locked rows, writes the change, the mail (outbox) and the audit event in the caller's transaction.
 */
@Service
public class StatutsOrganisateurs {

    public static final int MOTIF_MAX = 1000;

    private final JdbcClient jdbc;
    private final Courriels courriels;
    private final Connexions connexions;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    StatutsOrganisateurs(JdbcClient jdbc, Courriels courriels, Connexions connexions,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.jdbc = jdbc;
        this.courriels = courriels;
        this.connexions = connexions;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    private record Cible(long id, String email, String nom, String prenom, String statut) {
        String reference() {
            return "FO:" + id + " " + email;
        }
    }

    /** Validates a request waiting for validation (M7). */
    @Transactional
    public void valider(UtilisateurConnecte acteur, long id) {
        Cible c = verrouillerDemande(acteur, id);
        traiter(acteur, c, "VALIDATED", null);
        courriels.envoyer(Courriel.a(c.email(), "organisateur-inscription-validee",
                "VAO - Inscription validée, prochaines étapes pour votre compte",
                Map.of("nom", c.nom(), "prenom", c.prenom())));
        auditer(TypeEvenementAudit.COMPTE_VALIDE, acteur, c, "Compte organisateur validé par un membre de l’organisme");
    }

    /** Refuses a request waiting for validation, with a motif (M9, organisme variant). */
    @Transactional
    public void refuser(UtilisateurConnecte acteur, long id, String motif) {
        String texte = motif == null ? "" : motif.strip();
        if (texte.isEmpty() || texte.length() > MOTIF_MAX) {
            throw new ActionCompteRefusee(400, "compte.collegue.motif.taille");
        }
        Cible c = verrouillerDemande(acteur, id);
        traiter(acteur, c, "BLOCKED", texte);
        courriels.envoyer(Courriel.a(c.email(), "organisateur-inscription-refusee-organisme",
                "Refus d'inscription de votre organisme sur la plateforme VAO",
                Map.of("nom", c.nom(), "prenom", c.prenom(), "motif", texte)));
        auditer(TypeEvenementAudit.COMPTE_REFUSE, acteur, c,
                "Compte organisateur refusé par un membre de l’organisme. Motif : " + texte);
    }

    /** Deactivates a colleague (M12) and ends their sessions. */
    @Transactional
    public void desactiver(UtilisateurConnecte acteur, long id) {
        Cible c = verrouillerCollegue(acteur, id);
        if (!"VALIDATED".equals(c.statut()) && !"TEMPORARY_BLOCKED".equals(c.statut())) {
            throw new ActionCompteRefusee(409, "compte.collegue.deja-desactive");
        }
        jdbc.sql("""
                update organisateur set statut = 'BLOCKED', modifie_le = :le, version = version + 1 where id = :id""")
                .param("le", OffsetDateTime.now(horloge)).param("id", id).update();
        connexions.fermerAutresSessions(Portail.FO, id, null);
        courriels.envoyer(Courriel.a(c.email(), "organisateur-desactivation",
                "Portail VAO - Votre compte a été désactivé par votre organisme",
                Map.of("nom", c.nom(), "prenom", c.prenom())));
        auditer(TypeEvenementAudit.COMPTE_DESACTIVE, acteur, c, "Compte organisateur désactivé par un membre de l’organisme");
    }

    /** Reactivates a deactivated colleague. */
    @Transactional
    public void reactiver(UtilisateurConnecte acteur, long id) {
        Cible c = verrouillerCollegue(acteur, id);
        if (!"BLOCKED".equals(c.statut())) {
            throw new ActionCompteRefusee(409, "compte.collegue.deja-actif");
        }
        jdbc.sql("""
                update organisateur set statut = 'VALIDATED', motif_refus = null, modifie_le = :le,
                       version = version + 1 where id = :id""")
                .param("le", OffsetDateTime.now(horloge)).param("id", id).update();
        auditer(TypeEvenementAudit.COMPTE_REACTIVE, acteur, c, "Compte organisateur réactivé par un membre de l’organisme");
    }

    private Cible verrouillerDemande(UtilisateurConnecte acteur, long id) {
        Cible c = verrouiller(acteur, id);
        if (!"NEED_SIRET_VALIDATION".equals(c.statut())) {
            throw new ActionCompteRefusee(409, "compte.collegue.deja-traitee");
        }
        return c;
    }

    private Cible verrouillerCollegue(UtilisateurConnecte acteur, long id) {
        if (acteur.id() == id) {
            throw new ActionCompteRefusee(403, "compte.collegue.soi-meme");
        }
        return verrouiller(acteur, id);
    }

    /** The acting user must itself be VALIDATED (rule 14), read now: a session may outlive a deactivation. */
    private Cible verrouiller(UtilisateurConnecte acteur, long id) {
        String statutActeur = jdbc.sql("select statut from organisateur where id = :id").param("id", acteur.id())
                .query(String.class).optional().orElse(null);
        if (acteur.portail() != Portail.FO || !"VALIDATED".equals(statutActeur)) {
            throw new ActionCompteRefusee(403, "compte.collegue.acteur-non-valide");
        }
        return jdbc.sql("select id, email, nom, prenom, statut from organisateur where id = :id for update")
                .param("id", id).query(Cible.class).optional()
                .orElseThrow(() -> new ActionCompteRefusee(404, "compte.collegue.introuvable"));
    }

    private void traiter(UtilisateurConnecte acteur, Cible c, String statut, String motif) {
        OffsetDateTime le = OffsetDateTime.now(horloge);
        jdbc.sql("""
                update organisateur set statut = :statut, motif_refus = :motif, traite_par_organisateur_id = :par,
                       traite_le = :le, modifie_le = :le, version = version + 1
                where id = :id and statut = 'NEED_SIRET_VALIDATION'""")
                .param("statut", statut).param("motif", motif).param("par", acteur.id()).param("le", le)
                .param("id", c.id()).update();
    }

    private void auditer(TypeEvenementAudit type, UtilisateurConnecte acteur, Cible c, String details) {
        evenements.publishEvent(new EvenementAudit(type, horloge.instant(), "FO:" + acteur.id() + " " + acteur.email(),
                c.reference(), details, null));
    }
}
