package fr.vao.agrement;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.ContenuAccueil;

/**
 * The organiser's home page (spec §2.6 gating): once the fiche is finalised, an organisme without any agrément is
 * sent to the agrément welcome page (unless it has a request in progress); the Hébergements tile shows only with a
 * valid agrément; the expiry banner shows when 6 months or less remain.
 */
@Component
class AccueilAgrement implements ContenuAccueil {

    private final AgrementsOrganisme agrements;
    private final SaisieAgrement saisie;

    AccueilAgrement(AgrementsOrganisme agrements, SaisieAgrement saisie) {
        this.agrements = agrements;
        this.saisie = saisie;
    }

    @Override
    public Optional<String> completer(UtilisateurConnecte organisateur, Model model) {
        Optional<SituationAgrement> situation = agrements.situation(organisateur);
        model.addAttribute("ficheCommencee", situation.isPresent());
        model.addAttribute("ficheComplete", situation.map(s -> s.organisme().complet()).orElse(false));
        model.addAttribute("agrementValide", situation.map(SituationAgrement::valide).orElse(false));
        situation.flatMap(saisie::banniere).ifPresent(b -> model.addAttribute("banniereAgrement", b));
        // no agrément at all: neither an active one nor a request in progress (spec §2.6 gating)
        if (situation.isPresent() && situation.get().organisme().complet() && situation.get().agrement().isEmpty()
                && !(situation.get().peutDeclarer()
                        && saisie.enCours(situation.get().organisme().id()).isPresent())) {
            return Optional.of("redirect:/agrement/bienvenue");
        }
        return Optional.empty();
    }
}
