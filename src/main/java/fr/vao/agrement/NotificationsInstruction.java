package fr.vao.agrement;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.organisme.MembresOrganisme;
import fr.vao.territoire.Territoires;

/**
 * The agrément mails of the DREETS's decisions and of the jobs (spec §5.4 A5 to A14, with A7b, A8b, A10b to the
 * DREETS mailbox, the {@code service_email} of the région's fiche territoire). The decisions' mails listen to
 * {@link AgrementTransite} in its transaction: they enter the outbox with the change or not at all. One template
 * ({@code agrement-instruction}) for all, its text chosen by message key.
 */
@Component
class NotificationsInstruction {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationsInstruction.class);
    static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String MODELE = "agrement-instruction";

    private final MembresOrganisme membres;
    private final Territoires territoires;
    private final ListeAgrements liste;
    private final Courriels courriels;

    NotificationsInstruction(MembresOrganisme membres, Territoires territoires, ListeAgrements liste,
            Courriels courriels) {
        this.membres = membres;
        this.territoires = territoires;
        this.liste = liste;
        this.courriels = courriels;
    }

    @EventListener
    void transition(AgrementTransite e) {
        DemandeAgrement a = e.apres();
        String commentaire = e.commentaire() == null ? "" : e.commentaire();
        switch (e.action()) {
            case PRENDRE_EN_CHARGE -> organisateurs(a, "A5", commentaire);
            case DEMANDER_COMPLEMENTS -> organisateurs(a, "A6", commentaire);
            case CONFIRMER_COMPLETUDE -> {
                organisateurs(a, "A7", "");
                dreets(a, "A7b", "");
            }
            case DEMANDER_CORRECTIONS -> {
                organisateurs(a, "A8", commentaire);
                dreets(a, "A8b", commentaire);
            }
            case REFUSER -> organisateurs(a, "A9", commentaire);
            case VALIDER -> {
                organisateurs(a, "A10", "");
                dreets(a, "A10b", "");
            }
            default -> {
                // the organiser's transmissions (A1 to A4) have their own listener; the tacit approval's mails
                // (A12) are written by the job, with the attestation
            }
        }
    }

    /** A11: the D-21 reminder to the DREETS mailbox; false when the région has none. */
    boolean rappel(DemandeAgrement a, long joursRestants, java.time.LocalDate echeance) {
        return dreets(a, "A11", "", String.valueOf(joursRestants), echeance.format(JJ_MM_AAAA));
    }

    /** A12: the tacit approval, to the DREETS mailbox and to the organisme's validated users (separate texts). */
    int accordTacite(DemandeAgrement a) {
        return (dreets(a, "A12b", "") ? 1 : 0) + (organisateurs(a, "A12", "") ? 1 : 0);
    }

    /** A13 (6 months left) or A14 (120 days left) to the organisme's validated users; false when it has none. */
    boolean expiration(DemandeAgrement a, boolean urgent) {
        return organisateurs(a, urgent ? "A14" : "A13", "");
    }

    private boolean organisateurs(DemandeAgrement a, String numero, String commentaire, String... arguments) {
        List<String> emails = membres.emailsValides(a.organismeId());
        if (emails.isEmpty()) {
            LOG.warn("Agrément {} : aucun utilisateur validé à prévenir ({})", a.id(), numero);
            return false;
        }
        courriels.envoyer(new Courriel(MODELE, emails, sujet(a, numero), variables(a, numero, commentaire, false,
                arguments)));
        return true;
    }

    private boolean dreets(DemandeAgrement a, String numero, String commentaire, String... arguments) {
        Optional<String> boite = territoires.serviceEmail(a.regionObtention());
        if (boite.isEmpty()) {
            LOG.warn("Agrément {} : aucune boîte DREETS pour la région {} ({})", a.id(), a.regionObtention(), numero);
            return false;
        }
        courriels.envoyer(new Courriel(MODELE, List.of(boite.get().strip()), sujet(a, numero),
                variables(a, numero, commentaire, true, arguments)));
        return true;
    }

    /** The subjects of spec §5.4, the kind of request ("première demande", "renouvellement") in them. */
    String sujet(DemandeAgrement a, String numero) {
        String dossier = a.renouvellement() ? "renouvellement d'agrément" : "première demande d'agrément";
        String nom = nom(a);
        return switch (numero) {
            case "A5" -> "Portail VAO – Votre dossier de " + dossier + " est pris en charge par la DREETS";
            case "A6" -> "Portail VAO – Demande de compléments d'informations suite à votre "
                    + (a.renouvellement() ? "demande de renouvellement d'agrément" : "première demande d'agrément");
            case "A7" -> "Portail VAO – Confirmation de la complétude de votre dossier de " + dossier;
            case "A7b" -> "Portail VAO – Confirmation de complétude du dossier de " + dossier + " de " + nom;
            case "A8" -> "Portail VAO – Demande de correction sur votre dossier de " + dossier;
            case "A8b" -> "Portail VAO – Demande de correction sur le dossier de " + dossier + " de " + nom;
            case "A9" -> "Portail VAO - Refus de votre agrément";
            case "A10" -> "Portail VAO - Validation de votre demande d'agrément";
            case "A10b" -> "Portail VAO - Validation de l'agrément N°" + a.numero() + " enregistrée";
            case "A11" -> "Portail VAO - Rappel : Instruction du dossier de " + dossier + " de " + nom
                    + " en attente de décision";
            case "A12", "A12b" -> "Portail VAO - Validation tacite du dossier de " + dossier + " de " + nom;
            case "A13" -> "Portail VAO - Votre agrément expire dans 6 mois";
            case "A14" -> "Portail VAO - [Urgent] Renouvelez votre agrément dès maintenant";
            default -> throw new IllegalArgumentException(numero);
        };
    }

    private String nom(DemandeAgrement a) {
        return liste.organisme(a.id()).map(o -> o[0]).orElse("");
    }

    private Map<String, Object> variables(DemandeAgrement a, String numero, String commentaire, boolean agents,
            String... arguments) {
        String[] o = liste.organisme(a.id()).orElse(new String[] {"", ""});
        Map<String, Object> v = new HashMap<>();
        v.put("texte", "instruction-agrement.mail." + numero);
        v.put("renouvellement", a.renouvellement());
        v.put("organisme", o[0]);
        v.put("siret", o[1]);
        v.put("numero", a.numero() == null ? "—" : a.numero());
        v.put("debut", a.dateObtention() == null ? "" : a.dateObtention().format(JJ_MM_AAAA));
        v.put("fin", a.dateFinValidite() == null ? "" : a.dateFinValidite().format(JJ_MM_AAAA));
        v.put("a0", arguments.length > 0 ? arguments[0] : "");
        v.put("a1", arguments.length > 1 ? arguments[1] : "");
        v.put("commentaire", commentaire);
        v.put("agents", agents);
        v.put("chemin", agents ? "/agrements/" + a.id() : "/agrement");
        return v;
    }
}
