package fr.vao.plateforme.web;

import java.util.Optional;

import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * What a feature module adds to the organiser's home page (tiles, notices), or where it sends the organiser first
 * (e.g. the agrément welcome page once the fiche is finalised).
 */
public interface ContenuAccueil {

    /** Adds this module's model attributes; returns a redirection ("redirect:/...") when the home page must not show. */
    Optional<String> completer(UtilisateurConnecte organisateur, Model model);
}
