package fr.vao.sejour.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.OngletEig;

/** Adds the "EIG" tab of a déclaration's detail (model attribute {@code eigs}) when a module answers for it. */
@Component
class OngletsEig {

    private final ObjectProvider<OngletEig> onglet;

    OngletsEig(ObjectProvider<OngletEig> onglet) {
        this.onglet = onglet;
    }

    void ajouter(UtilisateurConnecte u, long declarationId, Model model) {
        OngletEig o = onglet.getIfAvailable();
        if (o != null && o.visible(u)) {
            model.addAttribute("eigs", o.de(u, declarationId));
        }
    }
}
