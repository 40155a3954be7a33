package fr.vao.controle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.vao.compte.AnnuaireAgents;
import fr.vao.document.DocumentStocke;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.organisme.MembresOrganisme;
import fr.vao.sejour.DeclarationsPourControle;

/**
 * The mails of the inspections, queued in the outbox in the transaction of the change they report (ADR 0006): the
 * report to the organiser when it is sent (never anything before, ADR 0030), the reminder of an injunction to the
 * organiser 7 days before its due date and to the inspection's agents on the due date.
 */
@Component
class NotificationsInspection {

    static final String SUJET_RAPPORT = "Rapport d’inspection de votre séjour ";
    static final String SUJET_RAPPEL_ORGANISATEUR = "Rappel : injonction à lever avant le ";
    static final String SUJET_ECHEANCE_AGENT = "Échéance d’une injonction : séjour ";

    private final Courriels courriels;
    private final MembresOrganisme membres;
    private final AnnuaireAgents agents;

    NotificationsInspection(Courriels courriels, MembresOrganisme membres, AnnuaireAgents agents) {
        this.courriels = courriels;
        this.membres = membres;
        this.agents = agents;
    }

    /** The organiser's addresses: the organisme's validated users and the stay's responsable. */
    List<String> organisateur(long organismeId, String responsable) {
        Set<String> a = new LinkedHashSet<>(membres.emailsValides(organismeId));
        if (responsable != null && !responsable.isBlank()) {
            a.add(responsable.strip().toLowerCase());
        }
        return new ArrayList<>(a);
    }

    private static Map<String, Object> variables(DeclarationsPourControle.Sejour s, Inspection i) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", s.id());
        v.put("inspection", i.id());
        v.put("numero", s.numero() == null ? "" : s.numero());
        v.put("libelle", s.libelle());
        v.put("date", i.dateRealisee() == null ? i.datePrevue() : i.dateRealisee());
        v.put("departement", i.departement());
        return v;
    }

    void rapport(DeclarationsPourControle.Sejour s, Inspection i, DocumentStocke rapport, String service) {
        List<String> a = organisateur(s.organismeId(), s.responsableEmail());
        if (a.isEmpty()) {
            return;
        }
        Map<String, Object> v = variables(s, i);
        v.put("document", rapport.id().toString());
        v.put("service", service);
        v.put("injonctions", i.injonctions().size());
        courriels.envoyer(new Courriel("inspection-rapport", a, SUJET_RAPPORT + v.get("numero"), v));
    }

    void rappelOrganisateur(DeclarationsPourControle.Sejour s, Inspection i, Injonction j) {
        List<String> a = organisateur(s.organismeId(), s.responsableEmail());
        if (a.isEmpty()) {
            return;
        }
        Map<String, Object> v = variables(s, i);
        v.put("texte", j.texte());
        v.put("echeance", j.echeance());
        courriels.envoyer(new Courriel("inspection-rappel-organisateur", a,
                SUJET_RAPPEL_ORGANISATEUR + j.echeance().format(GestionInspections.JOUR), v));
    }

    void echeanceAgent(DeclarationsPourControle.Sejour s, Inspection i, Injonction j) {
        List<String> a = agents.parIds(i.agents()).stream().map(AnnuaireAgents.AgentActif::email).toList();
        if (a.isEmpty()) {
            return;
        }
        Map<String, Object> v = variables(s, i);
        v.put("texte", j.texte());
        v.put("echeance", j.echeance());
        courriels.envoyer(new Courriel("inspection-echeance-agent", a, SUJET_ECHEANCE_AGENT + v.get("numero"), v));
    }
}
