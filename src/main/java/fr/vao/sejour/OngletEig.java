package fr.vao.sejour;

import java.time.LocalDate;
import java.util.List;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The port through which the eig module fills the "EIG" tab of a déclaration's detail in both portals (spec §2.8.9),
 * without this module depending on it. No bean: no tab.
 */
public interface OngletEig {

    /** One EIG of the déclaration, as the tab lists it; {@code chemin}: its detail on the user's portal. */
    record Ligne(long id, String statut, LocalDate dateIncident, String departement, String types, String chemin) {
    }

    /** Whether this user may see the EIG of declarations at all (an EIG role); false: no tab. */
    boolean visible(UtilisateurConnecte u);

    /** The EIG of this déclaration this user may read (none for a user without an EIG role). */
    List<Ligne> de(UtilisateurConnecte u, long declarationId);
}
