package fr.vao.plateforme.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Home pages of both portals. */
@Controller
class AccueilController {

    @GetMapping("/")
    String organisateur() {
        return "accueil/fo";
    }

    @GetMapping("/bo")
    String administration() {
        return "accueil/bo";
    }
}
