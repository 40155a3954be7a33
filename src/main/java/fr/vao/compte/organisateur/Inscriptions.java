package fr.vao.compte.organisateur;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.Jetons;
import fr.vao.compte.ValidateursInscription;
import fr.vao.entreprise.Sirene;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.VaoProperties;
import fr.vao.plateforme.securite.Portail;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * Registration of an organiser (spec §2.1 steps 1–4, scenarios 1 and 2): INSEE lookup of the SIRET, account creation without
 * revealing whether the e-mail exists, e-mail validation link, then the request sent to the DREETS of the region.
 */
@Service
public class Inscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(Inscriptions.class);
    static final Duration VALIDITE_LIEN = Duration.ofMinutes(60);

    /** What the registration form sends (already validated for formats). */
    public record Demande(String email, String motDePasse, String nom, String prenom, String telephone, String siret,
            String regionChoisie, String adresseIp) {
    }

    /** Outcome of a registration. */
    public sealed interface Resultat {
        /** Done, or the e-mail already existed (the page must not tell the difference). */
        record Enregistree() implements Resultat {
        }

        record SiretInconnu() implements Resultat {
        }

        /** The region could not be derived: the organiser must pick it. */
        record RegionRequise(boolean inseeIndisponible) implements Resultat {
        }
    }

    /** Outcome of the e-mail validation link. */
    public enum ValidationEmail {
        VALIDEE, EXPIREE, INCONNUE
    }

    private final Organisateurs organisateurs;
    private final Sirene sirene;
    private final Territoires territoires;
    private final Jetons jetons;
    private final Courriels courriels;
    private final PasswordEncoder encodeur;
    private final ApplicationEventPublisher evenements;
    private final TransactionTemplate transaction;
    private final VaoProperties proprietes;
    private final Clock horloge;
    private final ObjectProvider<ValidateursInscription> validateurs;

    Inscriptions(Organisateurs organisateurs, Sirene sirene, Territoires territoires, Jetons jetons,
            Courriels courriels, PasswordEncoder encodeur, ApplicationEventPublisher evenements,
            TransactionTemplate transaction, VaoProperties proprietes, Clock horloge,
            ObjectProvider<ValidateursInscription> validateurs) {
        this.organisateurs = organisateurs;
        this.sirene = sirene;
        this.territoires = territoires;
        this.jetons = jetons;
        this.courriels = courriels;
        this.encodeur = encodeur;
        this.evenements = evenements;
        this.transaction = transaction;
        this.proprietes = proprietes;
        this.horloge = horloge;
        this.validateurs = validateurs;
    }

    public Resultat inscrire(Demande d) {
        String email = d.email().strip().toLowerCase(Locale.ROOT);
        String region;
        boolean verifie;
        Sirene.Reponse reponse = sirene.etablissement(d.siret(), LocalDate.now(horloge));
        if (reponse instanceof Sirene.Reponse.Inconnu) {
            return new Resultat.SiretInconnu();
        }
        Optional<String> choisie = Optional.ofNullable(d.regionChoisie()).flatMap(territoires::trouver)
                .filter(Territoire::estRegion).map(Territoire::code);
        if (reponse instanceof Sirene.Reponse.Trouve trouve) {
            verifie = true;
            region = territoires.departementDeCommune(trouve.codeCommune())
                    .flatMap(dep -> territoires.regionDe(dep.code())).map(Territoire::code)
                    .or(() -> choisie).orElse(null);
            if (region == null) {
                return new Resultat.RegionRequise(false);
            }
        } else {
            verifie = false;
            if (choisie.isEmpty()) {
                return new Resultat.RegionRequise(true);
            }
            region = choisie.get();
        }
        // Hashed in both branches, so that the answer takes as long for a taken e-mail as for a new one.
        String hash = encodeur.encode(d.motDePasse());
        transaction.executeWithoutResult(s -> {
            Optional<Long> id = organisateurs.creerSiAbsent(new Organisateurs.Nouveau(email, hash, d.nom().strip(),
                    d.prenom().strip(), d.telephone().strip(), d.siret(), verifie, region));
            if (id.isEmpty()) {
                courriels.envoyer(Courriel.a(email, "organisateur-compte-existant",
                        "Portail VAO - Votre compte existe déjà", Map.of()));
                return;
            }
            envoyerLien(id.get(), email);
            String ref = "FO:" + id.get() + " " + email;
            evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.COMPTE_CREE, horloge.instant(), ref, ref,
                    "Inscription organisateur, région " + region + (verifie ? "" : ", SIRET non vérifié"),
                    d.adresseIp()));
        });
        return new Resultat.Enregistree();
    }

    /** Sends a new link (M1) if the account still waits for its e-mail validation; says nothing otherwise. */
    public void renvoyerLien(String email) {
        String normalise = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        transaction.executeWithoutResult(s -> organisateurs.trouverParEmail(normalise)
                .filter(o -> Organisateur.NEED_EMAIL_VALIDATION.equals(o.statut()))
                .ifPresent(o -> envoyerLien(o.id(), o.email())));
    }

    private void envoyerLien(long id, String email) {
        String jeton = jetons.creer(Portail.FO, id, Jetons.Usage.VALIDATION_EMAIL, VALIDITE_LIEN);
        String lien = proprietes.urlOrganisateur() + "/connexion/validation?jeton=" + jeton;
        courriels.envoyer(Courriel.a(email, "organisateur-validation-email",
                "Portail VAO - Validez votre adresse courriel", Map.of("lien", lien)));
    }

    /** Reads the link without using it (to show the confirmation button). */
    public ValidationEmail lireLien(String jeton) {
        return etat(jetons.lire(jeton, Jetons.Usage.VALIDATION_EMAIL));
    }

    /** Uses the link: NEED_EMAIL_VALIDATION → NEED_SIRET_VALIDATION, then mails M3 and M4. */
    public ValidationEmail validerEmail(String jeton) {
        return transaction.execute(s -> {
            Jetons.Lecture lecture = jetons.consommer(jeton, Jetons.Usage.VALIDATION_EMAIL);
            ValidationEmail etat = etat(lecture);
            if (etat != ValidationEmail.VALIDEE) {
                return etat;
            }
            Optional<Organisateur> confirme = organisateurs.confirmerEmail(lecture.jeton().utilisateurId());
            if (confirme.isEmpty()) {
                return ValidationEmail.INCONNUE;
            }
            demanderValidation(confirme.get());
            return ValidationEmail.VALIDEE;
        });
    }

    /**
     * A password reset proves the e-mail address as the validation link does (spec §2.2 rule 9): a
     * NEED_EMAIL_VALIDATION account goes on to NEED_SIRET_VALIDATION and its validation is requested (M3, M4). Runs in
     * the caller's transaction.
     */
    public void confirmerParReinitialisation(long organisateurId) {
        organisateurs.confirmerEmail(organisateurId).ifPresent(this::demanderValidation);
    }

    private static ValidationEmail etat(Jetons.Lecture lecture) {
        if (lecture.etat() == Jetons.Etat.VALIDE && lecture.jeton().portail() == Portail.FO) {
            return ValidationEmail.VALIDEE;
        }
        return lecture.etat() == Jetons.Etat.EXPIRE ? ValidationEmail.EXPIREE : ValidationEmail.INCONNUE;
    }

    /**
     * Scenario 2 when the organisme of the SIRET (or the siège of its SIREN) has validated users: they get M6 and the
     * requester M5. Scenario 1 otherwise: the requester gets M3, the DREETS of the region gets M4.
     */
    private void demanderValidation(Organisateur o) {
        // Without an implementation of the port every request goes to the DREETS.
        List<ValidateursInscription.Validateur> collegues = validateurs.getIfAvailable(() -> siret -> List.of())
                .pour(o.siret());
        if (!collegues.isEmpty()) {
            courriels.envoyer(Courriel.a(o.email(), "organisateur-demande-transmise-organisme",
                    "VAO - confirmation de votre demande d'inscription", Map.of("siret", o.siret())));
            for (ValidateursInscription.Validateur v : collegues) {
                courriels.envoyer(Courriel.a(v.email(), "organisateur-demande-validation-organisme",
                        "Portail VAO Administration - Validation de compte", Map.of(
                                "nom", o.nom(), "prenom", o.prenom(), "email", o.email(), "telephone", o.telephone(),
                                "siret", o.siret())));
            }
            return;
        }
        String libelleRegion = territoires.trouver(o.regionCode()).map(Territoire::libelle).orElse("");
        courriels.envoyer(Courriel.a(o.email(), "organisateur-demande-transmise",
                "VAO - confirmation de votre demande d'inscription", Map.of("region", libelleRegion)));
        List<String> destinataires = o.regionCode() == null ? List.of()
                : organisateurs.destinatairesValidation(o.regionCode());
        if (destinataires.isEmpty()) {
            LOG.warn("Aucun destinataire pour la demande de validation du compte {} (région {})", o.id(),
                    o.regionCode());
            return;
        }
        courriels.envoyer(new Courriel("organisateur-demande-validation", destinataires,
                "Portail VAO Administration - Validation de compte", Map.of(
                        "nom", o.nom(), "prenom", o.prenom(), "email", o.email(), "telephone", o.telephone(),
                        "siret", o.siret(), "siretVerifie", o.siretVerifie(), "region", libelleRegion,
                        "lienSiret", "https://annuaire-entreprises.data.gouv.fr/etablissement/" + o.siret())));
    }
}
