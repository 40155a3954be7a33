package fr.vao.plateforme.taches.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.vao.plateforme.taches.HistoriqueTaches;
import fr.vao.plateforme.web.AccesNational;
import fr.vao.plateforme.web.Pagination;

/** Runs of the scheduled jobs, with their reports, for national agents. */
@Controller
@RequestMapping("/bo/administration/taches")
class TachesController {

    static final int TAILLE_PAGE = 20;

    private final HistoriqueTaches historique;

    TachesController(HistoriqueTaches historique) {
        this.historique = historique;
    }

    @ModelAttribute
    void reserveAuxNationaux() {
        AccesNational.verifier();
    }

    @GetMapping
    String liste(@RequestParam(defaultValue = "") String tache,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        // an unknown or over-long name simply matches nothing (the column holds 64 characters at most)
        String filtre = tache.length() > 64 ? "?" : tache.trim();
        int total = historique.compter(filtre);
        Pagination pagination = Pagination.de(request, page, TAILLE_PAGE, total);
        model.addAttribute("tache", filtre);
        model.addAttribute("taches", historique.taches());
        model.addAttribute("pagination", pagination);
        model.addAttribute("executions", historique.lister(filtre, pagination.decalage(), TAILLE_PAGE));
        return "bo/administration/taches/liste";
    }
}
