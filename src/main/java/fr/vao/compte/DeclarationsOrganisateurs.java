package fr.vao.compte;

/**
 * What the account jobs need to know of the organisations of the organisers (spec §2.3, rule 20): an organiser
 * whose organisation has at least one déclaration de séjour is never deleted for inactivity. The organisme module
 * answers it (it owns the membership and asks the sejour module for the déclarations): this module depends on
 * neither.
 */
public interface DeclarationsOrganisateurs {

    /**
     * Whether the organisation of this organiser (its organisme and the organismes of the same SIREN, siège and
     * établissements) has no déclaration de séjour at all, whatever its status; true when it belongs to none.
     */
    boolean aucuneDeclaration(long organisateurId);

    /** Removes the organiser from its organisme before its account is deleted for inactivity (spec §2.3). */
    void detacher(long organisateurId);
}
