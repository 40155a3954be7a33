package fr.vao.sejour;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.vao.document.AccesDocuments;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Who reads the documents of a déclaration (ADR 0008, 0017): exactly who may see the déclaration, by the rules of its
 * two reading use cases: an organiser of its organisme (or of its SIREN's siège), an agent with a DemandeSejour role
 * in whose territory it is visible. Anyone else gets nothing.
 */
@Component
class AccesDocumentsDeclaration implements AccesDocuments {

    private final SaisieDeclarations saisie;
    private final InstructionDeclarations instruction;

    AccesDocumentsDeclaration(SaisieDeclarations saisie, InstructionDeclarations instruction) {
        this.saisie = saisie;
        this.instruction = instruction;
    }

    @Override
    public String typeRattachement() {
        return DocumentsDeclaration.RATTACHEMENT;
    }

    @Override
    public boolean peutLire(UtilisateurConnecte utilisateur, long idDeclaration) {
        try {
            if (utilisateur.portail() == Portail.FO) {
                saisie.lire(utilisateur, idDeclaration);
            } else {
                instruction.lire(utilisateur, idDeclaration);
            }
            return true;
        } catch (DeclarationIntrouvableException | AccessDeniedException e) {
            return false;
        }
    }
}
