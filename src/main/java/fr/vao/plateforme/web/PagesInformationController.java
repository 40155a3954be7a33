package fr.vao.plateforme.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Footer pages of both portals: same content, each in its portal's layout. */
@Controller
class PagesInformationController {

    @GetMapping({"/cgu", "/bo/cgu"})
    String cgu() {
        return "information/cgu";
    }

    @GetMapping({"/mentions-legales", "/bo/mentions-legales"})
    String mentionsLegales() {
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
