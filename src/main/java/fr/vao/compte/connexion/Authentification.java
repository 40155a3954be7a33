package fr.vao.compte.connexion;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.TypeEvenementAudit;
import fr.vao.plateforme.observabilite.CompteursMetier;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import io.micrometer.core.instrument.Counter;

/** Checks an e-mail and password against the portal's accounts (spec §2.2 points 2 to 4). */
@Service
public class Authentification {

    /** Why a login is refused; each has its message {@code connexion.refus.<name>}. */
    public enum Refus {
        IDENTIFIANTS, VERROUILLE, NON_VALIDE, BLOQUE, BLOQUE_TEMPORAIREMENT, DESACTIVE,
        /** ProConnect only: no agent has the e-mail the identity provider vouches for. */
        INCONNU
    }

    public record Resultat(Compte compte, Refus refus) {
        public boolean reussi() {
            return refus == null;
        }
    }

    /** What the session needs once every factor is checked. */
    public record Ouverture(UtilisateurConnecte utilisateur, boolean cguAcceptees) {
    }

    private final Comptes comptes;
    private final TentativesConnexion tentatives;
    private final PasswordEncoder encodeur;
    private final Audits audits;
    private final Clock horloge;
    /** Compared when the e-mail is unknown, so that the answer takes as long as for a known one. */
    private final String leurre;
    private final CompteursMetier compteurs;

    Authentification(Comptes comptes, TentativesConnexion tentatives, PasswordEncoder encodeur, Audits audits,
            Clock horloge, CompteursMetier compteurs) {
        this.compteurs = compteurs;
        for (Portail portail : Portail.values()) {
            compteur(portail, "reussie");
            for (Refus refus : Refus.values()) {
                compteur(portail, refus.name().toLowerCase(Locale.ROOT));
            }
        }
        this.comptes = comptes;
        this.tentatives = tentatives;
        this.encodeur = encodeur;
        this.audits = audits;
        this.horloge = horloge;
        this.leurre = encodeur.encode(UUID.randomUUID().toString());
    }

    /**
     * {@code vao_connexions_total{portail, resultat}}: logins completed ({@code reussie}, every factor checked) and
     * refused at the password step (the {@link Refus}, in lower case).
     */
    private void compter(Portail portail, String resultat) {
        compteurs.compter(compteur(portail, resultat));
    }

    private Counter compteur(Portail portail, String resultat) {
        return compteurs.compteur("vao.connexions", "Connexions réussies et refusées, par portail et résultat",
                "portail", portail.name(), "resultat", resultat);
    }

    /** First factor: the password. Wrong password and unknown e-mail get the same refusal. */
    @Transactional
    public Resultat verifier(Portail portail, String emailSaisi, String motDePasse, String ip) {
        Resultat resultat = verifierSansCompter(portail, emailSaisi, motDePasse, ip);
        if (!resultat.reussi()) {
            compter(portail, resultat.refus().name().toLowerCase(Locale.ROOT));
        }
        return resultat;
    }

    private Resultat verifierSansCompter(Portail portail, String emailSaisi, String motDePasse, String ip) {
        String email = Comptes.normaliser(emailSaisi);
        if (tentatives.estVerrouille(portail, email)) {
            audits.publier(TypeEvenementAudit.ECHEC_CONNEXION, portail + " " + email, null, "connexion verrouillée", ip);
            return new Resultat(null, Refus.VERROUILLE);
        }
        Optional<Compte> compte = comptes.parEmail(portail, email);
        String hash = compte.map(Compte::motDePasse).orElse(null);
        boolean correct = encodeur.matches(motDePasse, hash == null ? leurre : hash) && hash != null;
        if (!correct) {
            int echecs = tentatives.echec(portail, email);
            audits.publier(TypeEvenementAudit.ECHEC_CONNEXION, portail + " " + email, null,
                    "identifiants incorrects, échec n°" + echecs, ip);
            if (echecs >= TentativesConnexion.MAX_ECHECS) {
                audits.publier(TypeEvenementAudit.VERROUILLAGE_CONNEXION, portail + " " + email, null,
                        "connexion bloquée 15 minutes après " + echecs + " échecs", ip);
                return new Resultat(null, Refus.VERROUILLE);
            }
            return new Resultat(null, Refus.IDENTIFIANTS);
        }
        tentatives.reinitialiser(portail, email);
        Compte c = compte.get();
        Refus refus = refusStatut(c);
        if (refus != null) {
            audits.publier(TypeEvenementAudit.ECHEC_CONNEXION, c.trace(), c.trace(),
                    "compte non autorisé : " + (c.statut() != null ? c.statut() : "désactivé"), ip);
            return new Resultat(c, refus);
        }
        return new Resultat(c, null);
    }

    /**
     * A login through ProConnect (ADR 0035): the identity provider vouches for the e-mail, and does the second factor.
     * The agent must exist (no account is created), be activated and not deactivated.
     */
    @Transactional
    public Resultat verifierProConnect(String emailFourni, String ip) {
        String email = Comptes.normaliser(emailFourni);
        Optional<Compte> compte = email.isEmpty() ? Optional.empty() : comptes.parEmail(Portail.BO, email);
        Refus refus = compte.isEmpty() ? Refus.INCONNU
                : compte.get().motDePasse() == null ? Refus.NON_VALIDE : refusStatut(compte.get());
        if (refus != null) {
            audits.publier(TypeEvenementAudit.ECHEC_CONNEXION, compte.map(Compte::trace).orElse(Portail.BO + " " + email),
                    compte.map(Compte::trace).orElse(null), "ProConnect : " + switch (refus) {
                        case INCONNU -> "aucun compte agent";
                        case NON_VALIDE -> "compte non activé";
                        default -> "compte désactivé";
                    }, ip);
            compter(Portail.BO, refus.name().toLowerCase(Locale.ROOT));
        }
        return new Resultat(compte.orElse(null), refus);
    }

    static Refus refusStatut(Compte c) {
        if (c.portail() == Portail.BO) {
            return c.desactive() ? Refus.DESACTIVE : null;
        }
        return switch (c.statut()) {
            case Compte.VALIDATED -> null;
            case Compte.NEED_EMAIL_VALIDATION, Compte.NEED_SIRET_VALIDATION -> Refus.NON_VALIDE;
            case Compte.TEMPORARY_BLOCKED -> Refus.BLOQUE_TEMPORAIREMENT;
            default -> Refus.BLOQUE;
        };
    }

    /**
     * Every factor is checked: records the login and builds the session principal.
     *
     * @param moyen how the user logged in when not by password (audit detail), else null
     */
    @Transactional
    public Ouverture finaliser(Compte compte, String ip, String moyen) {
        comptes.marquerConnexion(compte, OffsetDateTime.now(horloge));
        audits.publier(TypeEvenementAudit.CONNEXION, compte.trace(), compte.trace(), moyen, ip);
        compter(compte.portail(), "reussie");
        return new Ouverture(comptes.utilisateur(compte), compte.cguAcceptees());
    }

    /** Re-reads an account waiting for its second factor; empty if it may no longer log in. */
    public Optional<Compte> autorise(Portail portail, long id) {
        return comptes.parId(portail, id).filter(c -> c.motDePasse() != null && refusStatut(c) == null);
    }

    @Transactional
    public UtilisateurConnecte accepterCgu(UtilisateurConnecte utilisateur, String ip) {
        comptes.accepterCgu(utilisateur.portail(), utilisateur.id(), OffsetDateTime.now(horloge));
        String trace = utilisateur.portail() + ":" + utilisateur.id() + " " + utilisateur.email();
        audits.publier(TypeEvenementAudit.CGU_ACCEPTEES, trace, trace, null, ip);
        return utilisateur;
    }
}
