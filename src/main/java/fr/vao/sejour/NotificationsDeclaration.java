package fr.vao.sejour;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.vao.compte.AnnuaireAgents;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.MembresOrganisme;
import fr.vao.organisme.Organisme;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The mails of spec §5.2, queued in the outbox in the transaction of the change they report (ADR 0006): a failing
 * SMTP server delays them, it never rolls the change back.
 */
@Component
class NotificationsDeclaration {

    static final String ROLE_ECRITURE = "DemandeSejour_Ecriture";

    private final Courriels courriels;
    private final MembresOrganisme membres;
    private final FichesOrganisateur fiches;
    private final AnnuaireAgents agents;
    private final Territoires territoires;

    NotificationsDeclaration(Courriels courriels, MembresOrganisme membres, FichesOrganisateur fiches,
            AnnuaireAgents agents, Territoires territoires) {
        this.courriels = courriels;
        this.membres = membres;
        this.fiches = fiches;
        this.agents = agents;
        this.territoires = territoires;
    }

    /**
     * Who a mail goes to, and who gets a copy (spec §5.2 "cc"). When nobody is a direct recipient, the copies are:
     * the mail still reaches those concerned.
     */
    record Destinataires(List<String> a, List<String> copies) {

        boolean vide() {
            return a.isEmpty() && copies.isEmpty();
        }

        Courriel courriel(String modele, String sujet, Map<String, Object> variables) {
            return a.isEmpty() ? new Courriel(modele, copies, sujet, variables)
                    : new Courriel(modele, a, copies, sujet, variables);
        }

        List<String> tous() {
            Set<String> t = new LinkedHashSet<>(a);
            t.addAll(copies);
            return new ArrayList<>(t);
        }
    }

    private void envoyer(Destinataires d, String modele, String sujet, Map<String, Object> variables) {
        if (!d.vide()) {
            courriels.envoyer(d.courriel(modele, sujet, variables));
        }
    }

    /** The validated users of the organisme, and in copy those of its siège (the reference's cc). */
    Destinataires organisateurs(Organisme o) {
        List<String> siege = o.estEtablissementSecondaire()
                ? fiches.siegeDe(o.siren()).map(s -> membres.emailsValides(s.id())).orElse(List.of())
                : List.of();
        return new Destinataires(membres.emailsValides(o.id()), siege);
    }

    /**
     * The instructing DDETS's agents with DemandeSejour_Ecriture, and in copy (the reference's cc) those of the other
     * hébergements' départements and of their régions.
     */
    Destinataires instructeurs(DeclarationSejour d, String departementSuivi) {
        Set<String> codes = new LinkedHashSet<>();
        for (Etape e : d.hebergements().etapes()) {
            codes.add(e.departement());
            territoires.regionDe(e.departement()).map(Territoire::code).ifPresent(codes::add);
        }
        codes.remove(departementSuivi);
        return new Destinataires(agents.emails(ROLE_ECRITURE, List.of(departementSuivi)),
                codes.isEmpty() ? List.of() : agents.emails(ROLE_ECRITURE, codes));
    }

    /** D1/D2 (2 months) or D3/D4 (8 days). */
    void transmission(DeclarationSejour d, Organisme o, String numero, String departement, Statut apres,
            boolean premiere) {
        boolean huitJours = apres == Statut.TRANSMISE_8J;
        Map<String, Object> variables = Map.of("numero", numero, "libelle", d.informations().libelle(),
                "departement", departement, "id", d.id(), "huitJours", huitJours, "premiere", premiere);
        envoyer(organisateurs(o), "sejour-transmission", huitJours
                ? "Portail VAO - Transmission de la déclaration de séjour à 8 jours n°" + numero
                : premiere ? "Portail VAO - Transmission de la déclaration de séjour VAO n°" + numero
                        : "Portail VAO - Transmission de complément sur la déclaration de séjour VAO n°" + numero,
                variables);
        envoyer(instructeurs(d, departement), "sejour-depot-agents", huitJours
                ? "Portail VAO - déclaration à 8 jours déposée : " + numero
                : "Portail VAO - Nouvelle déclaration déposée : " + numero, variables);
    }

    private Destinataires organisateurs(DeclarationSejour d) {
        return fiches.fiche(d.organismeId()).map(f -> organisateurs(f.organisme()))
                .orElse(new Destinataires(List.of(), List.of()));
    }

    private void auxOrganisateurs(DeclarationSejour d, String modele, String sujet, Map<String, Object> variables) {
        envoyer(organisateurs(d), modele, sujet, variables);
    }

    /** D5: the agent's comment quoted. */
    void complements(DeclarationSejour d, String commentaire) {
        auxOrganisateurs(d, "sejour-complements", "Portail VAO - Demande de compléments sur la déclaration "
                + d.numero(), Map.of("numero", d.numero(), "departement", d.departementSuivi(), "commentaire",
                        commentaire, "id", d.id()));
    }

    /** D6: the reason quoted. */
    void refus(DeclarationSejour d, String commentaire) {
        auxOrganisateurs(d, "sejour-refus", "Refus la déclaration " + d.numero(), Map.of("numero", d.numero(),
                "commentaire", commentaire, "id", d.id()));
    }

    /** D7 (2 months: the 8-day complement is expected) or D8 (8 days). */
    void enregistrement(DeclarationSejour d, Statut apres) {
        auxOrganisateurs(d, "sejour-enregistrement", "Portail VAO - Enregistrement de la déclaration " + d.numero(),
                Map.of("numero", d.numero(), "libelle", d.informations().libelle(), "debut",
                        d.informations().dateDebut().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        "fin", d.informations().dateFin().format(java.time.format.DateTimeFormatter
                                .ofPattern("dd/MM/yyyy")), "huitJours", apres == Statut.VALIDEE_8J, "id", d.id()));
    }

    /** D13: the vacanciers or the staff of a registered stay changed; the DDETS sees before and after. */
    void miseAJour(DeclarationSejour d, boolean vacanciers, List<String> modifications) {
        envoyer(instructeurs(d, d.departementSuivi()), "sejour-modification", "VAO - Modification "
                + (vacanciers ? "du nombre de vacanciers" : "de personnel") + " de la déclaration " + d.numero(),
                Map.of("numero", d.numero(), "libelle", d.informations().libelle(), "vacanciers", vacanciers,
                        "modifications", modifications, "id", d.id()));
    }

    /** D9 to the organiser's users, D10 to the instructing DDETS's agents. */
    void annulation(DeclarationSejour d, Organisme o) {
        Map<String, Object> variables = Map.of("numero", d.numero(), "libelle", d.informations().libelle(), "id",
                d.id());
        String sujet = "Portail VAO - Déclaration annulée : " + d.numero();
        envoyer(organisateurs(o), "sejour-annulation", sujet, variables);
        List<String> agentsSuivi = agents.emails(ROLE_ECRITURE, List.of(d.departementSuivi()));
        if (!agentsSuivi.isEmpty()) {
            courriels.envoyer(new Courriel("sejour-annulation-agents", agentsSuivi, sujet, variables));
        }
    }

    // --- the déclaration jobs (TachesDeclarations, RecapitulatifDeclarations) ---

    /** The validated users of this organisme and of its siège, as for the other mails. */
    List<String> organisateursDe(long organismeId) {
        return fiches.fiche(organismeId).map(f -> organisateurs(f.organisme()).tous()).orElse(List.of());
    }

    /**
     * D14: the 8-day declaration is expected, {@code jours} days from {@code depuis}. Returns false, and queues
     * nothing, when the organisme has no validated user.
     */
    boolean rappel8Jours(DeclarationSejour d, int jours, java.time.LocalDate depuis) {
        Destinataires destinataires = organisateurs(d);
        if (destinataires.vide()) {
            return false;
        }
        java.time.format.DateTimeFormatter jour = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        InformationsGenerales i = d.informations();
        courriels.envoyer(destinataires.courriel("sejour-rappel-8j", "Séjours VAO – Récapitulatif des "
                + "déclarations de séjour en attente de traitement de votre part (rappel J-8)", Map.of("numero",
                        d.numero(), "libelle", i.libelle(), "debut", jour.format(i.dateDebut()), "fin",
                        jour.format(i.dateFin()), "jours", jours, "depuis", jour.format(depuis), "limite",
                        jour.format(i.dateDebut().minusDays(8)), "id", d.id())));
        return true;
    }

    /**
     * D15 (an agent: the déclarations to instruct) or D16 (an organiser: those waiting for it), each déclaration a
     * map of {@code id, numero, lieux, statut} (message key) and {@code debut}; the urgent ones apart.
     */
    void recapitulatif(String destinataire, boolean agent, List<Map<String, Object>> urgentes,
            List<Map<String, Object>> autres) {
        List<Map<String, Object>> sections = new ArrayList<>();
        if (!urgentes.isEmpty()) {
            sections.add(Map.of("urgente", true, "declarations", urgentes));
        }
        if (!autres.isEmpty()) {
            sections.add(Map.of("urgente", false, "declarations", autres));
        }
        courriels.envoyer(Courriel.a(destinataire, agent ? "sejour-recapitulatif-agents"
                : "sejour-recapitulatif-organisateurs", "Séjours VAO – Récapitulatif des déclarations de séjour en "
                        + "attente de traitement de votre part", Map.of("sections", sections,
                                "joursUrgence", RecapitulatifDeclarations.JOURS_URGENCE)));
    }
}
