package fr.vao.eig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.vao.compte.AnnuaireAgents;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.organisme.Fiche;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.MembresOrganisme;
import fr.vao.sejour.DeclarationsPourEig;

/**
 * The mails of spec §5.3, queued in the outbox in the transaction of the change they report (ADR 0006): E1 to the
 * DDETS of the incident's département, E2 to the DREETS of the agrément's région, E3 to the organiser, E4 to the
 * other addresses given, E5 to the organiser when a service has read it.
 */
@Component
class NotificationsEig {

    static final String SUJET_DEPOT = "Déclaration d’un Evènement indésirable grave par ";
    static final String SUJET_LECTURE = "Consultation de votre EIG déposé sur la plateforme VAO";

    private final Courriels courriels;
    private final AnnuaireAgents agents;
    private final MembresOrganisme membres;
    private final FichesOrganisateur fiches;

    NotificationsEig(Courriels courriels, AnnuaireAgents agents, MembresOrganisme membres, FichesOrganisateur fiches) {
        this.courriels = courriels;
        this.agents = agents;
        this.membres = membres;
        this.fiches = fiches;
    }

    /** E1–E4 at submission. */
    void depot(Eig e, DeclarationsPourEig.Sejour s, List<String> types) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", e.id());
        v.put("organisme", s.organisme() == null ? "" : s.organisme());
        v.put("numero", s.numero() == null ? "" : s.numero());
        v.put("libelle", s.libelle());
        v.put("dateIncident", e.dateIncident());
        v.put("departement", e.departement());
        v.put("region", e.regionAgrement() == null ? "" : e.regionAgrement());
        v.put("hebergements", String.join(", ", s.hebergements()));
        v.put("types", types);
        String sujet = SUJET_DEPOT + v.get("organisme");
        envoyer("DDETS", agents.emails(RolesAgent.EIG, List.of(e.departement())), sujet, v);
        if (e.regionAgrement() != null) {
            envoyer("DREETS", agents.emails(RolesAgent.EIG, List.of(e.regionAgrement())), sujet, v);
        }
        envoyer("ORGANISATEUR", organisateur(e.organismeId(), s.responsableEmail()), sujet, v);
        envoyer("AUTRE", e.emailsAutres(), sujet, v);
    }

    /** E5: a service has read it. */
    void lecture(Eig e, DeclarationsPourEig.Sejour s, String service) {
        List<String> a = membres.emailsValides(e.organismeId());
        if (!a.isEmpty()) {
            courriels.envoyer(new Courriel("eig-lecture", a, SUJET_LECTURE, Map.of("id", e.id(), "service", service,
                    "numero", s.numero() == null ? "" : s.numero(), "libelle", s.libelle(),
                    "dateIncident", e.dateIncident())));
        }
    }

    private void envoyer(String variante, List<String> a, String sujet, Map<String, Object> v) {
        if (a.isEmpty()) {
            return;
        }
        Map<String, Object> variables = new HashMap<>(v);
        variables.put("variante", variante);
        courriels.envoyer(new Courriel("eig-depot", a, sujet, variables));
    }

    /**
     * The organiser's side (E3): the fiche's e-mail of a personne morale, the users of a personne physique, the
     * stay's responsable, and the validated users of the siège when the declarant is an établissement secondaire.
     */
    List<String> organisateur(long organismeId, String responsable) {
        Set<String> a = new LinkedHashSet<>();
        Fiche f = fiches.fiche(organismeId).orElse(null);
        String emailFiche = f == null ? null : f.morale().map(m -> m.email()).orElse(null);
        if (emailFiche != null && !emailFiche.isBlank()) {
            a.add(emailFiche.strip().toLowerCase());
        } else {
            a.addAll(membres.emailsValides(organismeId));
        }
        if (responsable != null && !responsable.isBlank()) {
            a.add(responsable.strip().toLowerCase());
        }
        if (f != null && f.organisme().estEtablissementSecondaire()) {
            fiches.siegeDe(f.organisme().siren()).ifPresent(siege -> a.addAll(membres.emailsValides(siege.id())));
        }
        return new ArrayList<>(a);
    }
}
