package fr.vao.agrement;

/** An agrément action refused by a rule; the message key says why, in French. */
public class AgrementRefuseException extends RuntimeException {

    private final String cle;

    public AgrementRefuseException(String cle) {
        super(cle);
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
