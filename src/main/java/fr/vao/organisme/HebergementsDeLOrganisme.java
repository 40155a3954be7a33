package fr.vao.organisme;

import java.util.List;
import java.util.UUID;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The hébergements of an organisme as its back-office page lists them. The hébergement module answers it: that module
 * depends on this one (an hébergement belongs to an organisme), so this one asks through an interface of its own
 * rather than depending back on it (no cycle between modules).
 */
public interface HebergementsDeLOrganisme {

    /**
     * An hébergement of the organisme.
     *
     * @param statut the hébergement's status code (messages hebergement.statut.{code})
     * @param consultable whether this agent may open it (actif, in its perimeter)
     */
    record Resume(UUID id, String nom, String commune, String statut, boolean consultable) {
    }

    /** The organisme's current hébergements but its drafts (the organiser's own), by name. */
    List<Resume> pour(UtilisateurConnecte agent, long organismeId);
}
