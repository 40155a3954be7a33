package fr.vao.controle;

/** An action refused for a reason the user can read (message key): a concurrent change, a missing conclusion. */
public class InspectionRefuseeException extends RuntimeException {

    private final String cle;

    public InspectionRefuseeException(String cle) {
        this(cle, null);
    }

    protected InspectionRefuseeException(String cle, String detail) {
        super(detail == null ? cle : cle + " (" + detail + ")");
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
