package fr.vao.organisme;

/** A change of the fiche refused by a rule that is not about one field; the message key says why, in French. */
public class FicheRefuseeException extends RuntimeException {

    private final String cle;

    public FicheRefuseeException(String cle) {
        super(cle);
        this.cle = cle;
    }

    /** Message key (messages-organisme.properties). */
    public String cle() {
        return cle;
    }
}
