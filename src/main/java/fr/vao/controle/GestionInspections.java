package fr.vao.controle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.AnnuaireAgents;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.document.GenerateurPdf;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.DeclarationsPourControle;
import fr.vao.territoire.Territoires;

/**
 * The inspections of the stays (issue 6 item 2, ADR 0030), for the agents holding the role {@code Controle}, within
 * their perimeter: an inspection is in an agent's perimeter when the département of the hébergement visited is (a
 * national agent: every one). Outside it, an inspection does not exist (404). Every action checks the version the
 * agent saw, changes the status only through {@link StatutInspection#apres}, and is audited.
 */
@Service
public class GestionInspections {

    /** The kind of object the inspection's documents are attached to (photos, pieces, the report). */
    public static final String TYPE_DOCUMENT = "inspection";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int TEXTE_MAX = 5000;
    static final java.time.format.DateTimeFormatter JOUR = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Inspections inspections;
    private final ListesInspections listes;
    private final DeclarationsPourControle sejours;
    private final AnnuaireAgents annuaire;
    private final Territoires territoires;
    private final Documents documents;
    private final GenerateurPdf pdf;
    private final NotificationsInspection notifications;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    GestionInspections(Inspections inspections, ListesInspections listes, DeclarationsPourControle sejours, AnnuaireAgents annuaire,
            Territoires territoires, Documents documents, GenerateurPdf pdf, NotificationsInspection notifications,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.inspections = inspections;
        this.listes = listes;
        this.sejours = sejours;
        this.annuaire = annuaire;
        this.territoires = territoires;
        this.documents = documents;
        this.pdf = pdf;
        this.notifications = notifications;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** Whether this user may use the contrôle pages at all (the menu, the planning, the inspections). */
    public static boolean agentControle(UtilisateurConnecte u) {
        return u.portail() == Portail.BO && u.aRole(RolesAgent.CONTROLE);
    }

    private static void verifier(UtilisateurConnecte u) {
        if (!agentControle(u)) {
            throw new org.springframework.security.access.AccessDeniedException("Rôle Controle requis");
        }
    }

    /** The départements of this agent's perimeter. */
    public List<String> perimetre(UtilisateurConnecte u) {
        return territoires.departementsDe(u.territoireCode());
    }

    LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(PARIS));
    }

    // ---------------------------------------------------------------- planning an inspection

    /** What the planning form offers: the stay, its hébergements in the agent's perimeter, the agents proposed. */
    public record Planification(DeclarationsPourControle.Sejour sejour, List<DeclarationsPourControle.Lieu> lieux,
            List<AnnuaireAgents.AgentActif> agents) {
    }

    /** The planning form of a stay VALIDEE 8J or SEJOUR EN COURS with a hébergement in the perimeter; else 404. */
    @Transactional(readOnly = true)
    public Planification planification(UtilisateurConnecte u, long declarationId) {
        verifier(u);
        List<String> perimetre = perimetre(u);
        DeclarationsPourControle.Sejour s = sejours.sejour(declarationId)
                .filter(DeclarationsPourControle.Sejour::controlable).orElseThrow(InspectionIntrouvableException::new);
        List<DeclarationsPourControle.Lieu> lieux = s.lieux().stream()
                .filter(l -> perimetre.contains(l.departement())).toList();
        if (lieux.isEmpty()) {
            throw new InspectionIntrouvableException();
        }
        return new Planification(s, lieux, agentsProposes(lieux.stream()
                .map(DeclarationsPourControle.Lieu::departement).distinct().toList()));
    }

    /** The agents holding Controle whose perimeter holds one of these départements. */
    List<AnnuaireAgents.AgentActif> agentsProposes(List<String> departements) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(departements);
        for (String d : departements) {
            territoires.regionDe(d).ifPresent(r -> codes.add(r.code()));
        }
        codes.add("FRA");
        return annuaire.avecRole(RolesAgent.CONTROLE, codes);
    }

    /** The planning form as posted. */
    public record DemandePlanification(UUID hebergement, String date, boolean annoncee, List<Long> agents) {
    }

    /**
     * Plans an inspection: the hébergement among the stay's in the perimeter, a date during the stay, at least one
     * agent among those proposed.
     *
     * @throws InspectionInvalideException with the errors by field, nothing saved
     */
    @Transactional
    public long planifier(UtilisateurConnecte u, long declarationId, DemandePlanification d) {
        Planification p = planification(u, declarationId);
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<DeclarationsPourControle.Lieu> lieu = d.hebergement() == null ? Optional.empty()
                : p.lieux().stream().filter(l -> l.hebergementId().equals(d.hebergement())).findFirst();
        if (lieu.isEmpty()) {
            erreurs.put("hebergement", "inspection.erreur.hebergement");
        }
        LocalDate date = date(d.date(), "date", erreurs);
        if (date != null && (date.isBefore(p.sejour().dateDebut()) || date.isAfter(p.sejour().dateFin()))) {
            erreurs.put("date", "inspection.erreur.date-sejour");
        }
        List<Long> agents = d.agents() == null ? List.of() : d.agents().stream().distinct().toList();
        List<Long> proposes = p.agents().stream().map(AnnuaireAgents.AgentActif::id).toList();
        if (agents.isEmpty() || !proposes.containsAll(agents)) {
            erreurs.put("agents", "inspection.erreur.agents");
        }
        if (!erreurs.isEmpty()) {
            throw new InspectionInvalideException(erreurs);
        }
        long id = inspections.creer(declarationId, p.sejour().organismeId(), lieu.get().hebergementId(),
                lieu.get().departement(), d.annoncee(), date, agents, u.id(), OffsetDateTime.now(horloge),
                p.sejour().numero(), p.sejour().libelle(), p.sejour().organisme());
        audit(TypeEvenementAudit.INSPECTION_PLANIFIEE, u, id, "déclaration " + declarationId + ", hébergement "
                + lieu.get().hebergementId() + ", date " + date + ", annoncée " + d.annoncee() + ", agents " + agents);
        return id;
    }

    static LocalDate date(String valeur, String champ, Map<String, String> erreurs) {
        if (valeur == null || valeur.isBlank()) {
            erreurs.put(champ, "inspection.erreur.date-obligatoire");
            return null;
        }
        try {
            return LocalDate.parse(valeur.strip());
        } catch (java.time.format.DateTimeParseException e) {
            erreurs.put(champ, "inspection.erreur.date-invalide");
            return null;
        }
    }

    // ---------------------------------------------------------------- reading

    /** An inspection for its page. */
    public record Vue(Inspection inspection, DeclarationsPourControle.Sejour sejour,
            DeclarationsPourControle.Lieu lieu, List<AnnuaireAgents.AgentActif> agents,
            List<AnnuaireAgents.AgentActif> proposes, List<DocumentStocke> documents) {

        public boolean agent(long id) {
            return inspection.agents().contains(id);
        }
    }

    /** An inspection in this agent's perimeter; 404 otherwise. */
    Inspection visible(UtilisateurConnecte u, long id) {
        verifier(u);
        return inspections.trouver(id).filter(i -> perimetre(u).contains(i.departement()))
                .orElseThrow(InspectionIntrouvableException::new);
    }

    /** Whether this agent sees this inspection (its documents). */
    public boolean voit(UtilisateurConnecte u, long id) {
        try {
            visible(u, id);
            return true;
        } catch (InspectionIntrouvableException | org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public Vue lire(UtilisateurConnecte u, long id) {
        return vue(visible(u, id));
    }

    private Vue vue(Inspection i) {
        DeclarationsPourControle.Sejour s = sejours.sejour(i.declarationId()).orElseThrow();
        DeclarationsPourControle.Lieu lieu = s.lieu(i.hebergementId()).orElse(null);
        return new Vue(i, s, lieu, annuaire.parIds(i.agents()), agentsProposes(List.of(i.departement())),
                documents.rattaches(TYPE_DOCUMENT, i.id()));
    }

    /** The inspections of a déclaration this agent sees (the déclaration's tab). */
    @Transactional(readOnly = true)
    public List<Inspection> deLaDeclaration(UtilisateurConnecte u, long declarationId) {
        if (!agentControle(u)) {
            return List.of();
        }
        List<String> perimetre = perimetre(u);
        return inspections.deLaDeclaration(declarationId).stream()
                .filter(i -> perimetre.contains(i.departement())).toList();
    }

    /**
     * The inspections of a déclaration the organiser may read: only those whose report was sent (ADR 0030), and
     * only when the organiser reads the déclaration.
     */
    @Transactional(readOnly = true)
    public List<Inspection> pourOrganisateur(UtilisateurConnecte u, long declarationId) {
        if (!sejours.lisiblePar(u, declarationId)) {
            return List.of();
        }
        return inspections.deLaDeclaration(declarationId).stream()
                .filter(i -> i.statut().visibleOrganisateur() && i.rapportEnvoyeLe() != null).toList();
    }

    /** Whether this organiser reads the documents of this inspection: its report is sent and the stay is theirs. */
    @Transactional(readOnly = true)
    public boolean organisateurLit(UtilisateurConnecte u, long id) {
        return inspections.trouver(id).filter(i -> i.statut().visibleOrganisateur() && i.rapportEnvoyeLe() != null)
                .filter(i -> sejours.lisiblePar(u, i.declarationId())).isPresent();
    }

    // ---------------------------------------------------------------- recording

    /**
     * The inspection page as posted: the planning fields, the checklist, the conclusion, and optionally a new finding
     * and a new injunction.
     */
    public record Saisie(String datePrevue, boolean annoncee, String dateRealisee, List<Long> agents,
            Map<PointControle, Inspection.Point> points, String conclusion, String synthese, String constatGravite,
            String constatPoint, String constatDescription, String injonctionTexte, String injonctionEcheance) {
    }

    /**
     * "Enregistrer": saves everything posted while the inspection is PLANIFIEE or REALISEE.
     *
     * @throws InspectionInvalideException with the errors by field: nothing saved, the page shows what was posted
     * @throws InspectionRefuseeException modified meanwhile, or no longer editable
     */
    @Transactional
    public void enregistrer(UtilisateurConnecte u, long id, int version, Saisie s) {
        Inspection avant = verrouiller(u, id, version);
        if (!avant.statut().modifiable()) {
            throw new InspectionRefuseeException("inspection.refus.non-modifiable");
        }
        Map<String, String> erreurs = new LinkedHashMap<>();
        LocalDate prevue = date(s.datePrevue(), "datePrevue", erreurs);
        LocalDate realisee = null;
        if (s.dateRealisee() != null && !s.dateRealisee().isBlank()) {
            realisee = date(s.dateRealisee(), "dateRealisee", erreurs);
            if (realisee != null && realisee.isAfter(aujourdhui())) {
                erreurs.put("dateRealisee", "inspection.erreur.date-future");
            }
        }
        if (realisee == null && avant.statut() == StatutInspection.REALISEE) {
            // a realised inspection keeps its date when the field is left empty
            realisee = avant.dateRealisee();
        }
        List<Long> agents = s.agents() == null ? List.of() : s.agents().stream().distinct().toList();
        List<Long> proposes = agentsProposes(List.of(avant.departement())).stream()
                .map(AnnuaireAgents.AgentActif::id).toList();
        // an agent who lost the role stays on the inspections already planned
        if (agents.isEmpty() || !agents.stream().allMatch(a -> proposes.contains(a) || avant.agents().contains(a))) {
            erreurs.put("agents", "inspection.erreur.agents");
        }
        Map<PointControle, Inspection.Point> points = new EnumMap<>(PointControle.class);
        for (Map.Entry<PointControle, Inspection.Point> e : (s.points() == null
                ? Map.<PointControle, Inspection.Point>of() : s.points()).entrySet()) {
            String c = net(e.getValue().commentaire());
            if (c != null && c.length() > TEXTE_MAX) {
                erreurs.put("point-" + e.getKey().name(), "inspection.erreur.trop-long");
            }
            points.put(e.getKey(), new Inspection.Point(e.getValue().etat() == null ? PointControle.Etat.NON_VERIFIE
                    : e.getValue().etat(), c));
        }
        Conclusion conclusion = null;
        if (net(s.conclusion()) != null) {
            try {
                conclusion = Conclusion.valueOf(s.conclusion());
            } catch (IllegalArgumentException ex) {
                erreurs.put("conclusion", "inspection.erreur.conclusion");
            }
        }
        String synthese = net(s.synthese());
        if (synthese != null && synthese.length() > TEXTE_MAX) {
            erreurs.put("synthese", "inspection.erreur.trop-long");
        }
        Gravite gravite = null;
        PointControle point = null;
        String description = net(s.constatDescription());
        if (description != null || net(s.constatGravite()) != null) {
            try {
                gravite = Gravite.valueOf(s.constatGravite());
            } catch (IllegalArgumentException | NullPointerException ex) {
                erreurs.put("constatGravite", "inspection.erreur.gravite");
            }
            if (description == null) {
                erreurs.put("constatDescription", "inspection.erreur.constat");
            } else if (description.length() > TEXTE_MAX) {
                erreurs.put("constatDescription", "inspection.erreur.trop-long");
            }
            if (net(s.constatPoint()) != null) {
                try {
                    point = PointControle.valueOf(s.constatPoint());
                } catch (IllegalArgumentException ex) {
                    erreurs.put("constatPoint", "inspection.erreur.point");
                }
            }
        }
        String texte = net(s.injonctionTexte());
        LocalDate echeance = null;
        if (texte != null || net(s.injonctionEcheance()) != null) {
            if (texte == null) {
                erreurs.put("injonctionTexte", "inspection.erreur.injonction");
            } else if (texte.length() > TEXTE_MAX) {
                erreurs.put("injonctionTexte", "inspection.erreur.trop-long");
            }
            echeance = date(s.injonctionEcheance(), "injonctionEcheance", erreurs);
            if (echeance != null && !echeance.isAfter(aujourdhui())) {
                erreurs.put("injonctionEcheance", "inspection.erreur.echeance");
            }
        }
        if (!erreurs.isEmpty()) {
            throw new InspectionInvalideException(erreurs);
        }
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        if (!inspections.enregistrer(id, version, prevue, s.annoncee(), realisee, points, conclusion, synthese, agents,
                maintenant)) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        if (gravite != null) {
            inspections.ajouterConstat(id, gravite, point, description, maintenant);
        }
        if (texte != null) {
            inspections.ajouterInjonction(id, texte, echeance, maintenant);
        }
        audit(TypeEvenementAudit.INSPECTION_MODIFIEE, u, id, "avant : " + resume(avant) + " ; après : "
                + resume(inspections.trouver(id).orElseThrow()));
    }

    private static String net(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Inspection verrouiller(UtilisateurConnecte u, long id, int version) {
        visible(u, id);
        Inspection i = inspections.verrouiller(id).orElseThrow(InspectionIntrouvableException::new);
        if (i.version() != version) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        return i;
    }

    /** Removes a finding while the inspection is editable. */
    @Transactional
    public void supprimerConstat(UtilisateurConnecte u, long id, int version, long constat) {
        Inspection i = verrouiller(u, id, version);
        if (!i.statut().modifiable()) {
            throw new InspectionRefuseeException("inspection.refus.non-modifiable");
        }
        if (inspections.supprimerConstat(id, constat)) {
            inspections.toucher(id, version, OffsetDateTime.now(horloge));
            audit(TypeEvenementAudit.INSPECTION_MODIFIEE, u, id, "constat " + constat + " supprimé");
        }
    }

    /** Removes an injunction while the inspection is editable (the report is not sent). */
    @Transactional
    public void supprimerInjonction(UtilisateurConnecte u, long id, int version, long injonction) {
        Inspection i = verrouiller(u, id, version);
        if (!i.statut().modifiable()) {
            throw new InspectionRefuseeException("inspection.refus.non-modifiable");
        }
        if (inspections.supprimerInjonction(id, injonction)) {
            inspections.toucher(id, version, OffsetDateTime.now(horloge));
            audit(TypeEvenementAudit.INSPECTION_MODIFIEE, u, id, "injonction " + injonction + " supprimée");
        }
    }

    /** "Réalisée": the visit took place (on the date recorded, else today). */
    @Transactional
    public void realiser(UtilisateurConnecte u, long id, int version) {
        Inspection i = verrouiller(u, id, version);
        StatutInspection apres = i.statut().apres(StatutInspection.Action.REALISER);
        LocalDate date = i.dateRealisee() != null ? i.dateRealisee() : aujourdhui();
        if (!inspections.changerStatut(id, version, apres, date, null, null, OffsetDateTime.now(horloge))) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        audit(TypeEvenementAudit.INSPECTION_REALISEE, u, id, i.statut() + " → " + apres + ", le " + date);
    }

    /** Cancels a planned inspection. */
    @Transactional
    public void annuler(UtilisateurConnecte u, long id, int version) {
        Inspection i = verrouiller(u, id, version);
        StatutInspection apres = i.statut().apres(StatutInspection.Action.ANNULER);
        if (!inspections.changerStatut(id, version, apres, null, null, null, OffsetDateTime.now(horloge))) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        audit(TypeEvenementAudit.INSPECTION_ANNULEE, u, id, i.statut() + " → " + apres);
    }

    /**
     * "Envoyer le rapport": the PDF rapport d'inspection is generated and stored with the change, mailed to the
     * organiser, and the inspection appears on the organiser's déclaration (history entry, "Contrôle" tab). A
     * conclusion is required; an injunction conclusion needs at least one injunction.
     */
    @Transactional
    public void envoyerRapport(UtilisateurConnecte u, long id, int version) {
        Inspection i = verrouiller(u, id, version);
        StatutInspection apres = i.statut().apres(StatutInspection.Action.ENVOYER_RAPPORT);
        if (i.conclusion() == null) {
            throw new InspectionRefuseeException("inspection.refus.conclusion");
        }
        if (i.conclusion() == Conclusion.INJONCTION && i.injonctions().isEmpty()) {
            throw new InspectionRefuseeException("inspection.refus.injonction");
        }
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        Vue v = vue(i);
        String service = service(u);
        byte[] rapport = rapport(v, maintenant, service);
        DocumentStocke doc = documents.enregistrerGenere(nomRapport(i), Categorie.INSPECTION_RAPPORT, rapport,
                TYPE_DOCUMENT, id, u);
        if (!inspections.changerStatut(id, version, apres, null, maintenant, doc.id(), maintenant)) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        sejours.historiserRapport(i.declarationId(), service, u.id(),
                "Rapport d'inspection du " + (i.dateRealisee() == null ? i.datePrevue() : i.dateRealisee()).format(JOUR));
        notifications.rapport(v.sejour(), i, doc, service);
        audit(TypeEvenementAudit.INSPECTION_RAPPORT_ENVOYE, u, id, i.statut() + " → " + apres + ", document "
                + doc.id());
    }

    static String nomRapport(Inspection i) {
        return "rapport-inspection-" + i.id() + ".pdf";
    }

    /** The service that sends a report, as the report, its mail and the déclaration's history name it. */
    static String service(UtilisateurConnecte u) {
        if (u.estNational()) {
            return "DGCS";
        }
        return (u.estRegional() ? "DREETS " : "DDETS ") + u.territoireCode();
    }

    byte[] rapport(Vue v, OffsetDateTime le, String service) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("service", service);
        variables.put("i", v.inspection());
        variables.put("s", v.sejour());
        variables.put("lieu", v.lieu());
        variables.put("agents", v.agents());
        variables.put("points", PointControle.TOUS);
        variables.put("genereLe", le);
        return pdf.generer("controle/rapport", variables);
    }

    /** Closes an inspection whose report is sent and whose injunctions are all settled (or none). */
    @Transactional
    public void cloturer(UtilisateurConnecte u, long id, int version) {
        Inspection i = verrouiller(u, id, version);
        StatutInspection apres = i.statut().apres(StatutInspection.Action.CLOTURER);
        if (!i.injonctionsReglees()) {
            throw new InspectionRefuseeException("inspection.refus.injonctions-ouvertes");
        }
        if (!inspections.changerStatut(id, version, apres, null, null, null, OffsetDateTime.now(horloge))) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        audit(TypeEvenementAudit.INSPECTION_CLOTUREE, u, id, i.statut() + " → " + apres);
    }

    /**
     * The agent's decision on an injunction of a sent report: LEVEE or NON_LEVEE; the last one settled closes the
     * inspection.
     */
    @Transactional
    public void decider(UtilisateurConnecte u, long id, long injonction, int versionInjonction,
            StatutInjonction.Decision decision) {
        Inspection i = visible(u, id);
        if (i.statut() != StatutInspection.RAPPORT_ENVOYE) {
            throw new InspectionRefuseeException("inspection.refus.rapport-non-envoye");
        }
        Injonction j = inspections.verrouillerInjonction(injonction).filter(x -> x.inspectionId() == id)
                .orElseThrow(InspectionIntrouvableException::new);
        if (j.version() != versionInjonction) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        StatutInjonction apres = j.statut().apres(decision);
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        if (!inspections.deciderInjonction(injonction, versionInjonction, apres, maintenant)) {
            throw new InspectionRefuseeException("inspection.refus.conflit");
        }
        audit(TypeEvenementAudit.INJONCTION_DECIDEE, u, id, "injonction " + injonction + " : " + j.statut() + " → "
                + apres);
        Inspection maj = inspections.verrouiller(id).orElseThrow();
        if (maj.injonctionsReglees()) {
            inspections.changerStatut(id, maj.version(), maj.statut().apres(StatutInspection.Action.CLOTURER), null,
                    null, null, maintenant);
            audit(TypeEvenementAudit.INSPECTION_CLOTUREE, u, id, "injonctions réglées : " + maj.statut()
                    + " → CLOTUREE");
        }
    }

    /** Attaches a photo or a document (already checked and stored by the document module) to the inspection. */
    @Transactional
    public void joindre(UtilisateurConnecte u, long id, UUID document) {
        Inspection i = visible(u, id);
        if (i.statut() == StatutInspection.ANNULEE || i.statut() == StatutInspection.CLOTUREE) {
            throw new InspectionRefuseeException("inspection.refus.non-modifiable");
        }
        if (!documents.rattacher(document, TYPE_DOCUMENT, id, u)) {
            throw new InspectionRefuseeException("inspection.refus.document");
        }
        audit(TypeEvenementAudit.INSPECTION_MODIFIEE, u, id, "document joint " + document);
    }

    // ---------------------------------------------------------------- the list

    public record PageInspections(List<LigneInspection> lignes, long total) {
    }

    @Transactional(readOnly = true)
    public PageInspections liste(UtilisateurConnecte u, FiltreInspections f, String tri, boolean desc, int taille,
            int decalage) {
        verifier(u);
        return new PageInspections(listes.page(perimetre(u), f, tri, desc, taille, decalage),
                listes.compter(perimetre(u), f));
    }

    // ---------------------------------------------------------------- audit

    private void audit(TypeEvenementAudit type, UtilisateurConnecte u, long id, String details) {
        evenements.publishEvent(new EvenementAudit(type, horloge.instant(),
                u.portail() + ":" + u.id() + " " + u.email(), "INSPECTION:" + id, details, null));
    }

    static String resume(Inspection i) {
        return "{statut=" + i.statut() + ", date=" + i.datePrevue() + ", realisee=" + i.dateRealisee()
                + ", annoncee=" + i.annoncee() + ", agents=" + i.agents() + ", points=" + i.points().entrySet()
                .stream().map(e -> e.getKey() + ":" + e.getValue().etat()).toList() + ", conclusion="
                + i.conclusion() + ", constats=" + i.constats().size() + ", injonctions=" + i.injonctions().size()
                + ", version=" + i.version() + "}";
    }

    /** The injunctions, for the job. */
    List<Injonction> injonctions(long inspectionId) {
        return inspections.injonctions(inspectionId);
    }
}
