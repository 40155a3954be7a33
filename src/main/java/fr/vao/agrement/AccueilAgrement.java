package fr.vao.agrement;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.ContenuAccueil;

/**
 * The organiser's home page (spec §2.6 gating): once the fiche is finalised, an organisme without any agrément is
 * sent to the agrément welcome page; the Hébergements tile shows only with a valid agrément.
 */
@Component
class AccueilAgrement implements ContenuAccueil {

    private final AgrementsOrganisme agrements;

    AccueilAgrement(AgrementsOrganisme agrements) {
        this.agrements = agrements;
    }

    @Override
    public Optional<String> completer(UtilisateurConnecte organisateur, Model model) {
        Optional<SituationAgrement> situation = agrements.situation(organisateur);
        model.addAttribute("ficheCommencee", situation.isPresent());
        model.addAttribute("ficheComplete", situation.map(s -> s.organisme().complet()).orElse(false));
        model.addAttribute("agrementValide", situation.map(SituationAgrement::valide).orElse(false));
        if (situation.isPresent() && situation.get().organisme().complet() && situation.get().agrement().isEmpty()) {
            return Optional.of("redirect:/agrement/bienvenue");
        }
        return Optional.empty();
    }
}
