package fr.vao.plateforme.web;

import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * What a feature module adds to the back-office home page (dashboard cards for the agent's roles and territory):
 * the counterpart of {@link ContenuAccueil} for agents.
 */
public interface ContenuAccueilAdministration {

    /** Adds this module's model attributes for this agent (nothing when its roles give it none). */
    void completer(UtilisateurConnecte agent, Model model);
}
