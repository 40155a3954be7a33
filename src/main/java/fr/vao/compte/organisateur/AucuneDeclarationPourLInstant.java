package fr.vao.compte.organisateur;

import org.springframework.stereotype.Component;

/**
 * No organisme nor déclaration table exists yet, so no organiser has a déclaration.
 * TODO issue 4 (organisme, déclarations de séjour): replace with a query on the organiser's organisme and its
 * déclarations (siège and établissements sharing the organisme), so that those accounts are never deleted.
 */
@Component
class AucuneDeclarationPourLInstant implements DeclarationsOrganisateurs {

    @Override
    public boolean aucuneDeclaration(long organisateurId) {
        return true;
    }
}
