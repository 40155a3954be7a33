package fr.vao.plateforme.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/** Home pages of both portals. */
@Controller
class AccueilController {

    private final List<ContenuAccueil> contenus;
    private final List<ContenuAccueilAdministration> contenusAdministration;

    AccueilController(List<ContenuAccueil> contenus,
            org.springframework.beans.factory.ObjectProvider<ContenuAccueilAdministration> contenusAdministration) {
        this.contenus = contenus;
        this.contenusAdministration = contenusAdministration.orderedStream().toList();
    }

    @GetMapping("/")
    String organisateur(Model model) {
        Optional<UtilisateurConnecte> u = UtilisateurCourant.trouver()
                .filter(x -> x.portail() == Portail.FO);
        if (u.isPresent()) {
            for (ContenuAccueil contenu : contenus) {
                Optional<String> redirection = contenu.completer(u.get(), model);
                if (redirection.isPresent()) {
                    return redirection.get();
                }
            }
        }
        return "accueil/fo";
    }

    @GetMapping("/bo")
    String administration(Model model) {
        UtilisateurCourant.trouver().filter(x -> x.portail() == Portail.BO)
                .ifPresent(agent -> contenusAdministration.forEach(c -> c.completer(agent, model)));
        return "accueil/bo";
    }
}
