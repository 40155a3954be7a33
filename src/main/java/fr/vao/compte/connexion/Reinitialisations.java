package fr.vao.compte.connexion;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.Jetons;
import fr.vao.compte.PolitiqueMotDePasse;
import fr.vao.compte.organisateur.Inscriptions;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.VaoProperties;
import fr.vao.plateforme.securite.Portail;

/**
 * Forgotten password (spec §2.2 point 9, §4 rules 10 and 21): the answer never tells whether the e-mail exists; the
 * link (mail M11 or M15) is valid 30 minutes and once; the reset re-activates a temporarily blocked organiser.
 */
@Service
public class Reinitialisations {

    public static final Duration VALIDITE = Duration.ofMinutes(30);
    static final String SUJET_FO = "Portail VAO - Réinitialisation du mot de passe";
    static final String SUJET_BO = "Portail VAO Administration - Réinitialisation du mot de passe";

    /** Outcome of a reset: the link was not usable, the password was refused (message key), or done. */
    public record Issue(boolean lienInvalide, String refus, Compte compte) {
        public boolean reussie() {
            return !lienInvalide && refus == null;
        }
    }

    private final Comptes comptes;
    private final Jetons jetons;
    private final Courriels courriels;
    private final PolitiqueMotDePasse politique;
    private final PasswordEncoder encodeur;
    private final TentativesConnexion tentatives;
    private final AppareilsConfiance appareils;
    private final Audits audits;
    private final VaoProperties proprietes;
    private final Clock horloge;
    private final Inscriptions inscriptions;

    Reinitialisations(Comptes comptes, Jetons jetons, Courriels courriels, PolitiqueMotDePasse politique,
            PasswordEncoder encodeur, TentativesConnexion tentatives, AppareilsConfiance appareils, Audits audits,
            VaoProperties proprietes, Clock horloge, Inscriptions inscriptions) {
        this.comptes = comptes;
        this.jetons = jetons;
        this.courriels = courriels;
        this.politique = politique;
        this.encodeur = encodeur;
        this.tentatives = tentatives;
        this.appareils = appareils;
        this.audits = audits;
        this.proprietes = proprietes;
        this.horloge = horloge;
        this.inscriptions = inscriptions;
    }

    /** Mails a link if the e-mail belongs to an eligible account; does nothing visible otherwise. */
    @Transactional
    public void demander(Portail portail, String email) {
        comptes.parEmail(portail, email).filter(Compte::peutReinitialiser).ifPresent(compte -> {
            String jeton = jetons.creer(portail, compte.id(), Jetons.Usage.REINITIALISATION, VALIDITE);
            String base = portail == Portail.BO ? proprietes.urlAdministration() : proprietes.urlOrganisateur();
            String lien = base + "/mot-de-passe-oublie/nouveau?jeton=" + jeton;
            courriels.envoyer(Courriel.a(compte.email(),
                    portail == Portail.BO ? "connexion-reinitialisation-bo" : "connexion-reinitialisation",
                    portail == Portail.BO ? SUJET_BO : SUJET_FO,
                    Map.of("lien", lien, "prenom", compte.prenom(), "nom", compte.nom(), "minutes",
                            VALIDITE.toMinutes())));
        });
    }

    /** The account of a still usable link of this portal. */
    public Optional<Compte> compteDuLien(Portail portail, String jeton) {
        Jetons.Lecture lecture = jetons.lire(jeton, Jetons.Usage.REINITIALISATION);
        if (lecture.etat() != Jetons.Etat.VALIDE || lecture.jeton().portail() != portail) {
            return Optional.empty();
        }
        return comptes.parId(portail, lecture.jeton().utilisateurId()).filter(Compte::peutReinitialiser);
    }

    @Transactional
    public Issue reinitialiser(Portail portail, String jeton, String motDePasse, String ip) {
        Optional<Compte> compte = compteDuLien(portail, jeton);
        if (compte.isEmpty()) {
            return new Issue(true, null, null);
        }
        Compte c = compte.get();
        Optional<String> refus = politique.refus(motDePasse, c.email(), c.nom(), c.prenom());
        if (refus.isPresent()) {
            return new Issue(false, refus.get(), c);
        }
        if (jetons.consommer(jeton, Jetons.Usage.REINITIALISATION).etat() != Jetons.Etat.VALIDE) {
            return new Issue(true, null, null);
        }
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        comptes.changerMotDePasse(portail, c.id(), encodeur.encode(motDePasse), maintenant);
        if (portail == Portail.FO) {
            comptes.reactiver(c.id(), maintenant);
            if (Compte.NEED_EMAIL_VALIDATION.equals(c.statut())) {
                inscriptions.confirmerParReinitialisation(c.id());
            }
        }
        tentatives.reinitialiser(portail, c.email());
        appareils.oublier(portail, c.id());
        audits.publier(TypeEvenementAudit.MOT_DE_PASSE_REINITIALISE, c.trace(), c.trace(),
                Compte.TEMPORARY_BLOCKED.equals(c.statut()) ? "compte réactivé" : null, ip);
        return new Issue(false, null, c);
    }
}
