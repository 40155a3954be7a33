package fr.vao.hebergement;

/** A status change the current status does not allow; {@link #cle()} is the French message to show. */
public class TransitionInterditeException extends RuntimeException {

    private final String cle;

    public TransitionInterditeException(String cle) {
        super(cle);
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
