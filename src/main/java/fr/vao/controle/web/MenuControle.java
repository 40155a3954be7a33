package fr.vao.controle.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.vao.controle.GestionInspections;
import fr.vao.plateforme.securite.UtilisateurCourant;

/** Whether the back office menu shows "Contrôle" (planning and inspections): agents holding Controle. */
@ControllerAdvice
class MenuControle {

    @ModelAttribute("menuControle")
    boolean menuControle() {
        return UtilisateurCourant.trouver().map(GestionInspections::agentControle).orElse(false);
    }
}
