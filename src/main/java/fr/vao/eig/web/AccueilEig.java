package fr.vao.eig.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.eig.SaisieEig;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.ContenuAccueil;

/** The EIG tile of the organiser's home page, for the holders of an EIG role (spec §1.1). */
@Component
class AccueilEig implements ContenuAccueil {

    private final SaisieEig saisie;

    AccueilEig(SaisieEig saisie) {
        this.saisie = saisie;
    }

    @Override
    public Optional<String> completer(UtilisateurConnecte organisateur, Model model) {
        if (saisie.lecteur(organisateur)) {
            model.addAttribute("tuileEig", true);
        }
        return Optional.empty();
    }
}
