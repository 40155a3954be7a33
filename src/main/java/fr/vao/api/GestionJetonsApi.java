package fr.vao.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * "Mon compte" > "Jetons d'API" (spec §2.2 item 11, ADR 0033): an organiser whose account is validated lists,
 * creates (several named tokens, a cap on the active ones) and revokes their tokens; each creation and revocation is
 * audited, and a creation is told to the user by mail (a token made without them would be a takeover).
 */
@Service
public class GestionJetonsApi {

    /** Why a token was not created. */
    public enum Refus { COMPTE_NON_VALIDE, TROP_DE_JETONS }

    /** A token as the page lists it. */
    public record JetonAffiche(UUID jti, String libelle, OffsetDateTime creeLe, OffsetDateTime expireLe,
            OffsetDateTime utiliseLe, OffsetDateTime revoqueLe, String statut) {

        public boolean actif() {
            return "ACTIF".equals(statut);
        }
    }

    /** The outcome of a creation: the token, or why not. */
    public record Creation(JetonEmis jeton, Refus refus) {
    }

    static final String SUJET_CREATION = "Portail VAO - Un jeton d'API a été créé sur votre compte";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final JetonsApi jetons;
    private final JetonsEnregistres enregistres;
    private final ComptesOrganisateurs comptes;
    private final Courriels courriels;
    private final ApplicationEventPublisher evenements;
    private final ProprietesApi proprietes;
    private final Clock horloge;

    GestionJetonsApi(JetonsApi jetons, JetonsEnregistres enregistres, ComptesOrganisateurs comptes,
            Courriels courriels, ApplicationEventPublisher evenements, ProprietesApi proprietes, Clock horloge) {
        this.jetons = jetons;
        this.enregistres = enregistres;
        this.comptes = comptes;
        this.courriels = courriels;
        this.evenements = evenements;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    /** Whether this user may hold API tokens: an organiser whose account is validated. */
    public boolean autorise(UtilisateurConnecte u) {
        return comptes.actif(u.id()).isPresent();
    }

    public int maximumActifs() {
        return proprietes.jetonsActifsMax();
    }

    @Transactional(readOnly = true)
    public List<JetonAffiche> lister(UtilisateurConnecte u) {
        Instant maintenant = horloge.instant();
        return enregistres.duCompte(u.id()).stream().map(j -> affiche(j, maintenant)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<JetonAffiche> trouver(UtilisateurConnecte u, UUID jti) {
        return enregistres.duCompte(u.id(), jti).map(j -> affiche(j, horloge.instant()));
    }

    /** Creates a token for this user, its label stripped, valid {@code validite} (at most one year). */
    @Transactional
    public Creation creer(UtilisateurConnecte u, String libelle, Duration validite, String ip) {
        if (!autorise(u)) {
            return new Creation(null, Refus.COMPTE_NON_VALIDE);
        }
        if (enregistres.actifs(u.id()) >= proprietes.jetonsActifsMax()) {
            return new Creation(null, Refus.TROP_DE_JETONS);
        }
        String propre = libelle.strip();
        JetonEmis emis = jetons.emettre(u.id(), propre, validite);
        String expire = DATE.format(emis.expireLe());
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.JETON_API_CREE, horloge.instant(), acteur(u),
                "jeton:" + emis.jti(), "« " + propre + " », expire le " + expire, ip));
        courriels.envoyer(Courriel.a(u.email(), "jeton-api-cree", SUJET_CREATION, Map.of(
                "prenom", u.prenom(), "nom", u.nom(), "libelle", propre, "expireLe", expire,
                "creeLe", DATE.format(horloge.instant()))));
        return new Creation(emis, null);
    }

    /** Revokes this user's token; false if it is not theirs or already revoked. */
    @Transactional
    public boolean revoquer(UtilisateurConnecte u, UUID jti, String ip) {
        Optional<JetonsEnregistres.Jeton> jeton = enregistres.duCompte(u.id(), jti);
        if (jeton.isEmpty() || !enregistres.revoquer(u.id(), jti, acteur(u))) {
            return false;
        }
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.JETON_API_REVOQUE, horloge.instant(), acteur(u),
                "jeton:" + jti, "« " + jeton.get().libelle() + " »", ip));
        return true;
    }

    private static String acteur(UtilisateurConnecte u) {
        return u.getName() + " " + u.email();
    }

    private static JetonAffiche affiche(JetonsEnregistres.Jeton j, Instant maintenant) {
        String statut = j.revoque() ? "REVOQUE" : j.expire(maintenant) ? "EXPIRE" : "ACTIF";
        return new JetonAffiche(j.jti(), j.libelle(), j.creeLe(), j.expireLe(), j.utiliseLe(), j.revoqueLe(), statut);
    }
}
