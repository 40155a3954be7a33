package fr.vao.hebergement;

import java.util.List;

/** A save with rule violations: nothing is stored, the form shows each error next to its field. */
public class HebergementInvalideException extends RuntimeException {

    private final transient List<Erreurs.Erreur> erreurs;

    public HebergementInvalideException(List<Erreurs.Erreur> erreurs) {
        super(erreurs.toString());
        this.erreurs = List.copyOf(erreurs);
    }

    public List<Erreurs.Erreur> erreurs() {
        return erreurs;
    }
}
