package fr.vao.sejour.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.OngletControle;

/**
 * Adds the "Contrôle" tab of a déclaration's detail (model attributes {@code inspections}, {@code planifierInspection})
 * when a module answers for it.
 */
@Component
class OngletsControle {

    private final ObjectProvider<OngletControle> onglet;

    OngletsControle(ObjectProvider<OngletControle> onglet) {
        this.onglet = onglet;
    }

    void ajouter(UtilisateurConnecte u, long declarationId, Model model) {
        OngletControle o = onglet.getIfAvailable();
        if (o != null && o.visible(u, declarationId)) {
            model.addAttribute("inspections", o.de(u, declarationId));
            o.planification(u, declarationId).ifPresent(p -> model.addAttribute("planifierInspection", p));
        }
    }
}
