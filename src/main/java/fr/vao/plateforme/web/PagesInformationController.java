package fr.vao.plateforme.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Footer pages of both portals: same content, each in its portal's layout. */
@Controller
class PagesInformationController {

    /** The host's name and address for the legal notice, set by the operator (VAO_INFORMATION_HEBERGEUR). */
    private final String hebergeur;

    PagesInformationController(@Value("${vao.information.hebergeur:}") String hebergeur) {
        this.hebergeur = hebergeur;
    }

    @GetMapping({"/cgu", "/bo/cgu"})
    String cgu() {
        return "information/cgu";
    }

    @GetMapping({"/mentions-legales", "/bo/mentions-legales"})
    String mentionsLegales(Model model) {
        model.addAttribute("hebergeur", hebergeur);
        return "information/mentions-legales";
    }

    @GetMapping({"/donnees-personnelles", "/bo/donnees-personnelles"})
    String donneesPersonnelles() {
        return "information/donnees-personnelles";
    }

    @GetMapping({"/accessibilite", "/bo/accessibilite"})
    String accessibilite() {
        return "information/accessibilite";
    }

    @GetMapping({"/plan-du-site", "/bo/plan-du-site"})
    String planDuSite() {
        return "information/plan-du-site";
    }
}
