package fr.vao.agrement;

import java.time.Clock;
import java.time.LocalDate;
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
import fr.vao.organisme.Fiche;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.MembresOrganisme;
import fr.vao.territoire.FicheTerritoire;
import fr.vao.territoire.FichesTerritoire;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The mails of an organiser's transmission (spec §5.4 A1 to A4), in the transaction of the transition (the outbox):
 * A1 the confirmation to a user of the organisme (first transmission, or after complements), A2 the new request to
 * the DREETS mailbox of the région d'obtention, A3 its return after complements, A4 its return after corrections
 * (the timer resumes).
 */
@Component
class CourrielsTransmissionAgrement {

    private static final Logger LOG = LoggerFactory.getLogger(CourrielsTransmissionAgrement.class);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FichesOrganisateur fiches;
    private final MembresOrganisme membres;
    private final FichesTerritoire fichesTerritoire;
    private final Territoires territoires;
    private final Courriels courriels;
    private final Clock horloge;

    CourrielsTransmissionAgrement(FichesOrganisateur fiches, MembresOrganisme membres,
            FichesTerritoire fichesTerritoire, Territoires territoires, Courriels courriels, Clock horloge) {
        this.fiches = fiches;
        this.membres = membres;
        this.fichesTerritoire = fichesTerritoire;
        this.territoires = territoires;
        this.courriels = courriels;
        this.horloge = horloge;
    }

    @EventListener
    void transmise(AgrementTransite e) {
        if (e.action() != ActionAgrement.TRANSMETTRE) {
            return;
        }
        DemandeAgrement a = e.apres();
        boolean premier = !a.renouvellement();
        StatutAgrement avant = e.avant().statut();
        Optional<Fiche> fiche = fiches.fiche(a.organismeId());
        String region = territoires.trouver(a.regionObtention()).map(Territoire::libelle)
                .orElse(a.regionObtention());
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", a.id());
        variables.put("type", a.typeDepot());
        variables.put("nom", fiche.map(Fiche::nom).orElse("—"));
        variables.put("siret", fiche.map(f -> f.organisme().siret()).orElse("—"));
        variables.put("date", LocalDate.now(horloge).format(JOUR));
        variables.put("region", region);
        variables.put("cas", switch (avant) {
            case A_COMPLETER -> "complements";
            case A_CORRIGER -> "corrections";
            default -> "nouvelle";
        });
        if (avant != StatutAgrement.A_CORRIGER) {
            List<String> emails = membres.emailsValides(a.organismeId());
            if (emails.isEmpty()) {
                LOG.warn("Agrément {} transmis : aucun utilisateur validé de l'organisme {} à informer", a.id(),
                        a.organismeId());
            } else {
                courriels.envoyer(Courriel.a(emails.get(0), "agrement-transmission",
                        "Portail VAO – Confirmation de transmission de votre demande de "
                                + (premier ? "premier agrément" : "renouvellement d'agrément"),
                        variables));
            }
        }
        Optional<String> boite = fichesTerritoire.trouver(a.regionObtention()).map(FicheTerritoire::serviceEmail)
                .filter(m -> m != null && !m.isBlank());
        if (boite.isEmpty()) {
            LOG.warn("Agrément {} transmis : aucune boîte DREETS pour la région {}", a.id(), a.regionObtention());
            return;
        }
        courriels.envoyer(Courriel.a(boite.get().strip(), "agrement-transmission-dreets",
                "Portail VAO – Nouvelle demande de " + (premier ? "premier agrément" : "renouvellement d'agrément")
                        + " reçue",
                variables));
    }
}
