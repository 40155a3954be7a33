package fr.vao.controle.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.controle.Conclusion;
import fr.vao.controle.FiltreInspections;
import fr.vao.controle.GestionInspections;
import fr.vao.controle.Gravite;
import fr.vao.controle.Inspection;
import fr.vao.controle.InspectionInvalideException;
import fr.vao.controle.InspectionRefuseeException;
import fr.vao.controle.LigneInspection;
import fr.vao.controle.PointControle;
import fr.vao.controle.StatutInjonction;
import fr.vao.controle.StatutInspection;
import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;

/**
 * The agents' inspections (issue 6 item 2): the list of the perimeter with its filters and CSV, the planning form
 * (reached from the planning and from a déclaration's detail), the inspection page with its checklist, findings,
 * conclusion and injunctions, its documents, and the actions of its lifecycle, each on the version the agent saw.
 */
@Controller
@RequestMapping("/bo/controles/inspections")
class InspectionsController {

    static final int PAR_PAGE = 20;
    static final List<String> ENTETES_CSV = List.of("N°", "Déclaration", "Séjour", "Organisme", "Département",
            "Date prévue", "Date de réalisation", "Annoncée", "État", "Conclusion", "Injonctions ouvertes");

    private final GestionInspections gestion;
    private final Documents documents;

    InspectionsController(GestionInspections gestion, Documents documents) {
        this.gestion = gestion;
        this.documents = documents;
    }

    // ------------------------------------------------------------ list

    static FiltreInspections filtre(List<String> statut, String departement, String du, String au) {
        Set<StatutInspection> statuts = EnumSet.noneOf(StatutInspection.class);
        for (String s : statut == null ? List.<String>of() : statut) {
            try {
                statuts.add(StatutInspection.valueOf(s));
            } catch (IllegalArgumentException e) {
                // an unknown state filters nothing
            }
        }
        return new FiltreInspections(statuts, departement == null || departement.isBlank() ? null
                : departement.strip(), jour(du), jour(au));
    }

    private static LocalDate jour(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping
    String liste(@RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String departement, @RequestParam(required = false) String du,
            @RequestParam(required = false) String au, @RequestParam(required = false) String tri,
            @RequestParam(required = false) String ordre, @RequestParam(required = false) String page,
            HttpServletRequest request, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        FiltreInspections f = filtre(statut, departement, du, au);
        boolean desc = !"asc".equals(ordre);
        long total = gestion.liste(u, f, tri, desc, 1, 0).total();
        Pagination p = Pagination.de(request, page, PAR_PAGE, total).triee(tri == null ? "date" : tri, desc);
        model.addAttribute("lignes", gestion.liste(u, f, tri, desc, PAR_PAGE, p.decalage()).lignes());
        model.addAttribute("pagination", p);
        model.addAttribute("filtre", f);
        model.addAttribute("statuts", StatutInspection.values());
        model.addAttribute("departements", gestion.perimetre(u));
        return "bo/controles/inspections";
    }

    static List<String> ligneCsv(LigneInspection l) {
        return List.of(String.valueOf(l.id()), Csv.cellule(l.numero()), Csv.cellule(l.libelle()),
                Csv.cellule(l.organisme()), Csv.cellule(l.departement()), String.valueOf(l.datePrevue()),
                l.dateRealisee() == null ? "" : l.dateRealisee().toString(), l.annoncee() ? "oui" : "non",
                l.statut().name(), l.conclusion() == null ? "" : l.conclusion(),
                String.valueOf(l.injonctionsOuvertes()));
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) List<String> statut, @RequestParam(required = false) String departement,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse response) throws IOException {
        FiltreInspections f = filtre(statut, departement, du, au);
        Csv.ecrire(response, "inspections.csv", ENTETES_CSV, gestion.liste(UtilisateurCourant.obtenir(), f, tri,
                !"asc".equals(ordre), 10_000, 0).lignes().stream().map(InspectionsController::ligneCsv));
    }

    // ------------------------------------------------------------ planning

    @GetMapping("/nouvelle")
    String nouvelle(@RequestParam long declaration, @RequestParam(required = false) UUID hebergement,
            Model model) {
        GestionInspections.Planification p = gestion.planification(UtilisateurCourant.obtenir(), declaration);
        if (!model.containsAttribute("saisie")) {
            UtilisateurConnecte u = UtilisateurCourant.obtenir();
            UUID choisi = hebergement != null ? hebergement
                    : p.lieux().size() == 1 ? p.lieux().get(0).hebergementId() : null;
            model.addAttribute("saisie", new GestionInspections.DemandePlanification(choisi,
                    p.sejour().dateDebut().isAfter(LocalDate.now()) ? p.sejour().dateDebut().toString() : "", false,
                    p.agents().stream().anyMatch(a -> a.id() == u.id()) ? List.of(u.id()) : List.of()));
        }
        model.addAttribute("planification", p);
        model.addAttribute("erreurs", model.getAttribute("erreurs") == null ? Map.of() : model.getAttribute("erreurs"));
        return "bo/controles/inspection-nouvelle";
    }

    @PostMapping("/nouvelle")
    String planifier(@RequestParam long declaration, @RequestParam(required = false) String hebergement,
            @RequestParam(required = false) String date, @RequestParam(defaultValue = "false") boolean annoncee,
            @RequestParam(name = "agents", required = false) List<Long> agents, Model model,
            RedirectAttributes redirection) {
        UUID h = null;
        try {
            h = hebergement == null || hebergement.isBlank() ? null : UUID.fromString(hebergement);
        } catch (IllegalArgumentException e) {
            h = null;
        }
        GestionInspections.DemandePlanification d = new GestionInspections.DemandePlanification(h, date, annoncee,
                agents == null ? List.of() : agents);
        try {
            long id = gestion.planifier(UtilisateurCourant.obtenir(), declaration, d);
            redirection.addFlashAttribute("succes", "inspection.planifiee");
            return "redirect:/bo/controles/inspections/" + id;
        } catch (InspectionInvalideException e) {
            model.addAttribute("saisie", d);
            model.addAttribute("erreurs", e.erreurs());
            model.addAttribute("planification", gestion.planification(UtilisateurCourant.obtenir(), declaration));
            return "bo/controles/inspection-nouvelle";
        }
    }

    // ------------------------------------------------------------ the inspection

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        GestionInspections.Vue v = gestion.lire(UtilisateurCourant.obtenir(), id);
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", saisieDe(v.inspection()));
        }
        return page(v, model);
    }

    private String page(GestionInspections.Vue v, Model model) {
        model.addAttribute("vue", v);
        model.addAttribute("points", PointControle.TOUS);
        model.addAttribute("etats", PointControle.Etat.values());
        model.addAttribute("conclusions", Conclusion.values());
        model.addAttribute("gravites", Gravite.values());
        if (!model.containsAttribute("erreurs")) {
            model.addAttribute("erreurs", Map.of());
        }
        return "bo/controles/inspection";
    }

    private static GestionInspections.Saisie saisieDe(Inspection i) {
        return new GestionInspections.Saisie(i.datePrevue().toString(), i.annoncee(),
                i.dateRealisee() == null ? "" : i.dateRealisee().toString(), i.agents(), i.points(),
                i.conclusion() == null ? null : i.conclusion().name(), i.synthese(), null, null, null, null, null);
    }

    /** "Enregistrer" and the lifecycle buttons: everything posted is saved first, then the action is done. */
    @PostMapping("/{id}")
    String enregistrer(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String action, @RequestParam Map<String, String> champs,
            @RequestParam(name = "agents", required = false) List<Long> agents, Model model,
            RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        GestionInspections.Vue v = gestion.lire(u, id);
        GestionInspections.Saisie s = saisie(champs, agents);
        try {
            int versionCourante = version;
            if (v.inspection().statut().modifiable()) {
                gestion.enregistrer(u, id, version, s);
                versionCourante = version + 1;
            }
            String succes = "inspection.enregistree";
            if ("realiser".equals(action)) {
                gestion.realiser(u, id, versionCourante);
                succes = "inspection.realisee";
            } else if ("envoyer".equals(action)) {
                gestion.envoyerRapport(u, id, versionCourante);
                succes = "inspection.rapport-envoye";
            } else if ("annuler".equals(action)) {
                gestion.annuler(u, id, versionCourante);
                succes = "inspection.annulee";
            } else if ("cloturer".equals(action)) {
                gestion.cloturer(u, id, versionCourante);
                succes = "inspection.cloturee";
            }
            redirection.addFlashAttribute("succes", succes);
            return "redirect:/bo/controles/inspections/" + id;
        } catch (InspectionInvalideException e) {
            model.addAttribute("saisie", s);
            model.addAttribute("erreurs", e.erreurs());
            model.addAttribute("version", version);
            return page(v, model);
        } catch (InspectionRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
            return "redirect:/bo/controles/inspections/" + id;
        }
    }

    /** The posted page as a {@link GestionInspections.Saisie} (field names: {@code etat-POINT}, {@code commentaire-POINT}). */
    static GestionInspections.Saisie saisie(Map<String, String> c, List<Long> agents) {
        Map<PointControle, Inspection.Point> points = new EnumMap<>(PointControle.class);
        for (PointControle p : PointControle.TOUS) {
            String etat = c.get("etat-" + p.name());
            PointControle.Etat e = PointControle.Etat.NON_VERIFIE;
            try {
                e = etat == null ? e : PointControle.Etat.valueOf(etat);
            } catch (IllegalArgumentException ex) {
                // unknown: not verified
            }
            points.put(p, new Inspection.Point(e, c.get("commentaire-" + p.name())));
        }
        return new GestionInspections.Saisie(c.get("datePrevue"), "true".equals(c.get("annoncee")),
                c.get("dateRealisee"), agents == null ? List.of() : new ArrayList<>(agents), points,
                c.get("conclusion"), c.get("synthese"), c.get("constatGravite"), c.get("constatPoint"),
                c.get("constatDescription"), c.get("injonctionTexte"), c.get("injonctionEcheance"));
    }

    @PostMapping("/{id}/constats/{constat}/suppression")
    String supprimerConstat(@PathVariable long id, @PathVariable long constat, @RequestParam int version,
            RedirectAttributes redirection) {
        try {
            gestion.supprimerConstat(UtilisateurCourant.obtenir(), id, version, constat);
            redirection.addFlashAttribute("succes", "inspection.constat.supprime");
        } catch (InspectionRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/bo/controles/inspections/" + id;
    }

    @PostMapping("/{id}/injonctions/{injonction}/suppression")
    String supprimerInjonction(@PathVariable long id, @PathVariable long injonction, @RequestParam int version,
            RedirectAttributes redirection) {
        try {
            gestion.supprimerInjonction(UtilisateurCourant.obtenir(), id, version, injonction);
            redirection.addFlashAttribute("succes", "inspection.injonction.supprimee");
        } catch (InspectionRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/bo/controles/inspections/" + id;
    }

    @PostMapping("/{id}/injonctions/{injonction}")
    String decider(@PathVariable long id, @PathVariable long injonction, @RequestParam int version,
            @RequestParam String decision, RedirectAttributes redirection) {
        try {
            gestion.decider(UtilisateurCourant.obtenir(), id, injonction, version,
                    "lever".equals(decision) ? StatutInjonction.Decision.LEVER
                            : StatutInjonction.Decision.CONSTATER_NON_LEVEE);
            redirection.addFlashAttribute("succes", "inspection.injonction.decidee");
        } catch (InspectionRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/bo/controles/inspections/" + id;
    }

    /** A photo or a document (multipart: the CSRF token in the action URL, ADR 0008). */
    @PostMapping("/{id}/documents")
    String joindre(@PathVariable long id, @RequestParam(name = "piece", required = false) MultipartFile piece,
            RedirectAttributes redirection) throws IOException {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        gestion.lire(u, id);
        if (piece == null || piece.isEmpty()) {
            redirection.addFlashAttribute("erreur", "inspection.erreur.piece");
            return "redirect:/bo/controles/inspections/" + id + "#documents";
        }
        try {
            DocumentStocke d = documents.deposer(new Depot(piece.getOriginalFilename(), piece.getBytes(),
                    Categorie.INSPECTION_PIECE, u));
            gestion.joindre(u, id, d.id());
            redirection.addFlashAttribute("succes", "inspection.piece.jointe");
        } catch (DocumentRefuseException e) {
            redirection.addFlashAttribute("erreur", e.motif().cle());
        } catch (InspectionRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/bo/controles/inspections/" + id + "#documents";
    }
}
