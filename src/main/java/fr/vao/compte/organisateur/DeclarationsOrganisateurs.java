package fr.vao.compte.organisateur;

/**
 * What the account jobs need to know of the déclarations de séjour: an organiser whose organisation has at least
 * one déclaration is never deleted for inactivity (spec §2.3).
 */
public interface DeclarationsOrganisateurs {

    /** Whether the organisation of this organiser has no déclaration de séjour at all. */
    boolean aucuneDeclaration(long organisateurId);
}
