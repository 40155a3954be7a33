package fr.vao.sejour;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.ContenuAccueil;

/**
 * The organiser's home counters (spec §2.8.2): over the déclarations its users see (its organisme, its SIREN's for
 * a siège), from one grouped query; nothing when the organiser has no organisme yet.
 */
@Component
class AccueilDeclarations implements ContenuAccueil {

    private final SaisieDeclarations saisie;
    private final ListeOrganisateur liste;

    AccueilDeclarations(SaisieDeclarations saisie, ListeOrganisateur liste) {
        this.saisie = saisie;
        this.liste = liste;
    }

    @Override
    public Optional<String> completer(UtilisateurConnecte organisateur, Model model) {
        saisie.organismeDe(organisateur).ifPresent(o -> model.addAttribute("compteursDeclarations",
                Compteurs.organisateur(liste.parStatut(saisie.visibles(o)))));
        return Optional.empty();
    }
}
