package fr.vao.eig.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.document.Documents;
import fr.vao.eig.ConsultationEig;
import fr.vao.eig.EigRefuseException;
import fr.vao.eig.FiltreEig;
import fr.vao.eig.LigneEig;
import fr.vao.eig.StatutEig;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;

/** The agents' EIG pages (spec §2.9 BO side): the list with its CSV, the detail, its reading, its PDF. */
@Controller
@RequestMapping("/bo/eig")
class BoEigController {

    static final List<String> ENTETES_CSV = List.of("N°", "Déclaration", "Séjour", "Début", "Fin", "Organisme",
            "Territoire", "Région de l'agrément", "Date de l'incident", "Date de dépôt", "Statut", "Lu par la DDETS",
            "Lu par la DREETS", "Types");

    private final ConsultationEig consultation;
    private final Documents documents;

    BoEigController(ConsultationEig consultation, Documents documents) {
        this.consultation = consultation;
        this.documents = documents;
    }

    static List<?> ligneCsv(LigneEig l) {
        return List.of(String.valueOf(l.id()), Csv.cellule(l.numero()), Csv.cellule(l.libelle()),
                String.valueOf(l.debut()), String.valueOf(l.fin()), Csv.cellule(l.organisme()),
                Csv.cellule(l.departement()), Csv.cellule(l.regionAgrement()), String.valueOf(l.dateIncident()),
                l.dateDepot() == null ? "" : l.dateDepot().toLocalDate().toString(), l.statut().name(),
                l.luDdets() ? "oui" : "non", l.luDreets() ? "oui" : "non", Csv.cellule(l.types()));
    }

    @GetMapping
    String liste(@RequestParam(required = false) String numero, @RequestParam(required = false) String sejour,
            @RequestParam(required = false) String organisme, @RequestParam(required = false) String departement,
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        FiltreEig f = EigController.filtre(numero, sejour, organisme, departement, type, statut, du, au);
        boolean desc = !"asc".equals(ordre);
        long total = consultation.liste(u, f, tri, desc, 1, 0).total();
        Pagination p = Pagination.de(request, page, EigController.TAILLE_PAGE, total)
                .triee(tri == null ? "depot" : tri, desc);
        model.addAttribute("lignes", consultation.liste(u, f, tri, desc, EigController.TAILLE_PAGE,
                p.decalage()).lignes());
        model.addAttribute("pagination", p);
        model.addAttribute("filtre", f);
        model.addAttribute("catalogue", consultation.catalogue().values());
        model.addAttribute("statuts", List.of(StatutEig.ENVOYE, StatutEig.LU));
        return "bo/eig/liste";
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String numero, @RequestParam(required = false) String sejour,
            @RequestParam(required = false) String organisme, @RequestParam(required = false) String departement,
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse response) throws java.io.IOException {
        FiltreEig f = EigController.filtre(numero, sejour, organisme, departement, type, statut, du, au);
        Csv.ecrire(response, "eig.csv", ENTETES_CSV, consultation.liste(UtilisateurCourant.obtenir(), f, tri,
                !"asc".equals(ordre), 10_000, 0).lignes().stream().map(BoEigController::ligneCsv));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        ConsultationEig.Vue v = consultation.lire(u, id);
        model.addAttribute("vue", v);
        if (!v.aConfirmer()) {
            model.addAttribute("documents", documents.rattaches(AccesDocumentsEig.TYPE, id));
        }
        return v.aConfirmer() ? "bo/eig/confirmation" : "bo/eig/detail";
    }

    @PostMapping("/{id}/lecture")
    String lire(@PathVariable long id, RedirectAttributes redirection) {
        try {
            consultation.marquerLu(UtilisateurCourant.obtenir(), id);
            redirection.addFlashAttribute("succes", "eig.bo.lu");
        } catch (EigRefuseException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/bo/eig/" + id;
    }

    @GetMapping("/{id}/synthese-eig-{id2}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long id2) {
        if (id != id2) {
            return ResponseEntity.notFound().build();
        }
        try {
            byte[] contenu = consultation.synthese(UtilisateurCourant.obtenir(), id);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("synthese-eig-" + id + ".pdf").build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").body(contenu);
        } catch (EigRefuseException e) {
            return ResponseEntity.status(409).build();
        }
    }
}
