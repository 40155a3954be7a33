package fr.vao.sejour;

import java.util.List;

/** A save or a submission that breaks the rules: each error on its field; nothing is stored. */
public class DeclarationInvalideException extends RuntimeException {

    private final transient List<Erreurs.Erreur> erreurs;

    public DeclarationInvalideException(List<Erreurs.Erreur> erreurs) {
        super("Déclaration invalide : " + erreurs);
        this.erreurs = List.copyOf(erreurs);
    }

    public List<Erreurs.Erreur> erreurs() {
        return erreurs;
    }
}
