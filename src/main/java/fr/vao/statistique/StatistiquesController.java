package fr.vao.statistique;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.agent.RolesAgent;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.AccesNational;
import fr.vao.plateforme.web.Csv;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The statistics dashboards (issue 6 point 3): for agents holding a DemandeSejour role, within their perimeter (a
 * territory outside it is refused, an unknown one is not found); filters year, months and territory; each figure as
 * a chart, a table and a CSV; the definitions page; the open-data CSV; "Actualiser" for national agents.
 */
@Controller
@RequestMapping("/bo/statistiques")
class StatistiquesController {

    private final TableauxDeBord tableaux;
    private final DonneesOuvertes donneesOuvertes;
    private final ActualisationStatistiques actualisation;
    private final Territoires territoires;
    private final Clock horloge;

    StatistiquesController(TableauxDeBord tableaux, DonneesOuvertes donneesOuvertes,
            ActualisationStatistiques actualisation, Territoires territoires, Clock horloge) {
        this.tableaux = tableaux;
        this.donneesOuvertes = donneesOuvertes;
        this.actualisation = actualisation;
        this.territoires = territoires;
        this.horloge = horloge;
    }

    @GetMapping
    String tableau(@RequestParam(required = false) Integer annee, @RequestParam(defaultValue = "1") int de,
            @RequestParam(defaultValue = "12") int a, @RequestParam(required = false) String territoire,
            Model model) {
        UtilisateurConnecte u = agent();
        Portee p = portee(u, annee, de, a, territoire);
        model.addAttribute("portee", p);
        model.addAttribute("figures", tableaux.figures(p));
        model.addAttribute("territoires", choixTerritoires(u));
        model.addAttribute("annees", annees());
        model.addAttribute("national", u.estNational());
        model.addAttribute("actualisation", actualisation.derniere().orElse(null));
        return "bo/statistiques/tableau";
    }

    @GetMapping("/definitions")
    String definitions() {
        agent();
        return "bo/statistiques/definitions";
    }

    @GetMapping("/{code}.csv")
    void csv(@PathVariable String code, @RequestParam(required = false) Integer annee,
            @RequestParam(defaultValue = "1") int de, @RequestParam(defaultValue = "12") int a,
            @RequestParam(required = false) String territoire, HttpServletResponse response) throws IOException {
        UtilisateurConnecte u = agent();
        if (!TableauxDeBord.CODES.contains(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Portee p = portee(u, annee, de, a, territoire);
        if (p.departemental() && (code.equals("agrements") || code.equals("organisateurs"))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Figure f = tableaux.figure(code, p);
        List<String> entetes = new ArrayList<>();
        entetes.add(f.entete());
        entetes.addAll(f.series());
        Csv.ecrire(response, code + "-" + p.territoire() + "-" + p.annee() + ".csv", entetes,
                f.lignes().stream().map(l -> {
                    List<Object> c = new ArrayList<>();
                    c.add(Csv.cellule(l.libelle()));
                    // a decimal comma, as spreadsheet software reads it in French
                    l.valeurs().forEach(v -> c.add(v instanceof Double d ? String.valueOf(d).replace('.', ',') : v));
                    return c;
                }));
    }

    @GetMapping("/donnees-ouvertes.csv")
    void donneesOuvertes(@RequestParam(required = false) Integer annee, HttpServletResponse response)
            throws IOException {
        agent();
        int an = annee == null ? LocalDate.now(horloge).getYear() : annee;
        Csv.ecrire(response, "vao-sejours-" + an + ".csv", DonneesOuvertes.ENTETES,
                donneesOuvertes.lignes(an).stream());
    }

    @PostMapping("/actualiser")
    String actualiser(RedirectAttributes redirect) {
        agent();
        AccesNational.verifier();
        actualisation.actualiser();
        redirect.addFlashAttribute("succes", "statistique.actualisee");
        return "redirect:/bo/statistiques";
    }

    private static UtilisateurConnecte agent() {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (!u.aRole(RolesAgent.DS_LECTURE) && !u.aRole(RolesAgent.DS_ECRITURE)) {
            throw new AccessDeniedException("Statistiques réservées aux agents des déclarations de séjour");
        }
        return u;
    }

    private static String perimetre(UtilisateurConnecte u) {
        return u.estNational() ? "FRA" : u.territoireCode();
    }

    private Portee portee(UtilisateurConnecte u, Integer annee, int de, int a, String territoire) {
        String perimetre = perimetre(u);
        String cible = territoire == null || territoire.isBlank() ? perimetre : territoire.trim();
        Territoire t = territoires.trouver(cible)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!territoires.contient(perimetre, t.code())) {
            throw new AccessDeniedException("Territoire hors du périmètre");
        }
        int an = annee == null ? LocalDate.now(horloge).getYear() : annee;
        if (an < 2000 || an > 2100 || de < 1 || a > 12 || a < de) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return new Portee(an, de, a, t.niveau(), t.code(), t.libelle());
    }

    private List<Territoire> choixTerritoires(UtilisateurConnecte u) {
        return territoires.dansPerimetre(perimetre(u));
    }

    private List<Integer> annees() {
        int an = LocalDate.now(horloge).getYear();
        List<Integer> l = new ArrayList<>();
        for (int y = an + 1; y >= an - 5; y--) {
            l.add(y);
        }
        return l;
    }
}
