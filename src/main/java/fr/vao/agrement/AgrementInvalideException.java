package fr.vao.agrement;

import java.util.List;

/** A declaration with rule violations: nothing is stored, the form shows each error next to its field. */
public class AgrementInvalideException extends RuntimeException {

    private final transient List<DeclarationExistant.Erreur> erreurs;

    public AgrementInvalideException(List<DeclarationExistant.Erreur> erreurs) {
        super(erreurs.toString());
        this.erreurs = List.copyOf(erreurs);
    }

    public List<DeclarationExistant.Erreur> erreurs() {
        return erreurs;
    }
}
