package fr.vao.hebergement.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import fr.vao.hebergement.GestionHebergements;
import fr.vao.hebergement.LigneHebergement;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;

/**
 * "Tous les hébergements" of the back office (spec §2.7, §1.3): the actif, current hébergements whose département is
 * in the agent's perimeter; list, CSV, read-only detail and map (points of the visible bounding box only).
 */
@Controller
class BoHebergementsController {

    static final int PAR_PAGE = 20;
    static final List<String> ENTETES = List.of("Nom de l'hébergement", "Département", "Adresse", "Téléphone",
            "Adresse courriel", "Date de visite préalable", "Réglementation ERP");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final GestionHebergements gestion;
    private final String tuiles;
    private final String attribution;

    BoHebergementsController(GestionHebergements gestion, @Value("${vao.carte.tuiles-url:}") String tuiles,
            @Value("${vao.carte.attribution:}") String attribution) {
        this.gestion = gestion;
        this.tuiles = tuiles;
        this.attribution = attribution;
    }

    @GetMapping("/bo/hebergements")
    String liste(@RequestParam(required = false) String recherche, @RequestParam(required = false) String tri,
            @RequestParam(required = false) String ordre, @RequestParam(required = false) String page,
            HttpServletRequest request, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        String q = HebergementsController.borne(recherche);
        String cle = GestionHebergements.cleTri(tri);
        boolean desc = "desc".equals(ordre);
        long total = gestion.actifs(agent, q, cle, desc, 0, 0).total();
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, total).triee(cle, desc);
        model.addAttribute("lignes", gestion.actifs(agent, q, cle, desc, PAR_PAGE, pagination.decalage()).lignes());
        model.addAttribute("total", total);
        model.addAttribute("pagination", pagination);
        model.addAttribute("recherche", q);
        return "bo/hebergements/liste";
    }

    @GetMapping("/bo/hebergements.csv")
    void csv(@RequestParam(required = false) String recherche, @RequestParam(required = false) String tri,
            @RequestParam(required = false) String ordre, HttpServletResponse response) throws IOException {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        List<LigneHebergement> lignes = gestion.actifs(agent, HebergementsController.borne(recherche),
                GestionHebergements.cleTri(tri), "desc".equals(ordre), 100_000, 0).lignes();
        Csv.ecrire(response, "hebergements.csv", ENTETES, lignes.stream().map(l -> List.of(Csv.cellule(l.nom()),
                texte(l.departement()), Csv.cellule(l.adresse()), Csv.cellule(l.telephone()), Csv.cellule(l.email()),
                l.visiteLocauxLe() == null ? "" : DATE.format(l.visiteLocauxLe()),
                l.reglementationErp() == null ? "" : l.reglementationErp() ? "Oui" : "Non")));
    }

    private static String texte(String valeur) {
        return valeur == null ? "" : valeur;
    }

    @GetMapping("/bo/hebergements/{id}")
    String detail(@PathVariable String id, Model model) {
        model.addAttribute("h", gestion.lireActif(UtilisateurCourant.obtenir(), HebergementsController.uuid(id)));
        model.addAttribute("tuiles", tuiles);
        model.addAttribute("attribution", attribution);
        return "bo/hebergements/detail";
    }

    /** The map page: works without JavaScript (the list of the perimeter's points, or groups, below the map). */
    @GetMapping(path = "/bo/hebergements/carte", params = "!ouest")
    String carte(Model model) {
        model.addAttribute("carte", gestion.carte(UtilisateurCourant.obtenir(), -180, -90, 180, 90));
        model.addAttribute("tuiles", tuiles);
        model.addAttribute("attribution", attribution);
        return "bo/hebergements/carte";
    }

    /** The points of a bounding box (longitudes ouest/est, latitudes sud/nord), grouped beyond 2,000. */
    @GetMapping(path = "/bo/hebergements/carte", params = {"ouest", "sud", "est", "nord"},
            produces = "application/json")
    @ResponseBody
    Map<String, Object> points(@RequestParam double ouest, @RequestParam double sud, @RequestParam double est,
            @RequestParam double nord) {
        if (!(ouest < est && sud < nord && ouest >= -180 && est <= 180 && sud >= -90 && nord <= 90)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        GestionHebergements.Carte c = gestion.carte(UtilisateurCourant.obtenir(), ouest, sud, est, nord);
        return Map.of("total", c.total(), "groupes", c.groupes(), "points", c.points().stream()
                .map(p -> p.hebergementId() == null
                        ? Map.<String, Object>of("lat", p.lat(), "lon", p.lon(), "nombre", p.nombre())
                        : Map.<String, Object>of("lat", p.lat(), "lon", p.lon(), "nombre", p.nombre(), "id",
                                p.hebergementId().toString(), "nom", texte(p.nom()), "adresse", texte(p.adresse())))
                .toList());
    }
}
