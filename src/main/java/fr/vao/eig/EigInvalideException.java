package fr.vao.eig;

import java.util.List;

/** A step or a submission that breaks rules of spec §2.9 (rules 69–71): the errors, next to their fields. */
public class EigInvalideException extends RuntimeException {

    private final transient List<ErreurEig> erreurs;

    public EigInvalideException(List<ErreurEig> erreurs) {
        super(erreurs.toString());
        this.erreurs = List.copyOf(erreurs);
    }

    public List<ErreurEig> erreurs() {
        return erreurs;
    }
}
