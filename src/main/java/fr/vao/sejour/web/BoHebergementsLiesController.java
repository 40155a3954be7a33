package fr.vao.sejour.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.sejour.HebergementsLies;

/**
 * "Hébergements liés à des séjours" (issue 4 point 7), the second tab of the agents' hébergements: those of the
 * agent's départements used by déclarations, with their count and next stay; list and CSV with the same filters.
 */
@Controller
class BoHebergementsLiesController {

    static final int PAR_PAGE = 20;
    static final List<String> ENTETES = List.of("Nom de l'hébergement", "Département", "Adresse",
            "Nombre de déclarations", "Prochain séjour");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HebergementsLies lies;

    BoHebergementsLiesController(HebergementsLies lies) {
        this.lies = lies;
    }

    private static HebergementsLies.Filtre filtre(String nom, String departement) {
        String dep = Saisie.net(departement);
        return new HebergementsLies.Filtre(Saisie.net(nom), dep != null && dep.matches("[0-9AB]{2,3}") ? dep : null);
    }

    private static String cle(String tri) {
        return tri != null && HebergementsLies.TRIS.containsKey(tri) ? tri : "nom";
    }

    @GetMapping("/bo/hebergements/lies-aux-sejours")
    String liste(@RequestParam(required = false) String nom, @RequestParam(required = false) String departement,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        HebergementsLies.Filtre f = filtre(nom, departement);
        boolean desc = "desc".equals(ordre);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, lies.compter(agent, f)).triee(cle(tri), desc);
        model.addAttribute("lignes", lies.page(agent, f, cle(tri), desc, PAR_PAGE, pagination.decalage()));
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtre", f);
        return "bo/sejours/hebergements-lies";
    }

    @GetMapping("/bo/hebergements/lies-aux-sejours.csv")
    void csv(@RequestParam(required = false) String nom, @RequestParam(required = false) String departement,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse response) throws IOException {
        List<HebergementsLies.Ligne> lignes = lies.page(UtilisateurCourant.obtenir(), filtre(nom, departement),
                cle(tri), "desc".equals(ordre), 100_000, 0);
        Csv.ecrire(response, "hebergements-lies-aux-sejours.csv", ENTETES, lignes.stream().map(l -> List.of(
                Csv.cellule(l.nom()), Csv.cellule(l.departement()), Csv.cellule(l.adresse()),
                String.valueOf(l.declarations()), l.prochainSejour() == null ? "" : DATE.format(l.prochainSejour()))));
    }
}
