package fr.vao.organisme;

import java.util.List;

/** A section saved with rule violations: nothing is stored, the form shows each error next to its field. */
public class FicheInvalideException extends RuntimeException {

    private final transient List<Erreurs.Erreur> erreurs;

    public FicheInvalideException(List<Erreurs.Erreur> erreurs) {
        super(erreurs.toString());
        this.erreurs = List.copyOf(erreurs);
    }

    public List<Erreurs.Erreur> erreurs() {
        return erreurs;
    }
}
