package fr.vao.organisme.web;

import org.springframework.ui.Model;

import fr.vao.organisme.Fiche;

/** What every page of the fiche needs: the fiche and its steps (menu and stepper). */
final class Pages {

    private Pages() {
    }

    static void fiche(Model model, Fiche fiche) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("sections", fiche.sections());
    }
}
