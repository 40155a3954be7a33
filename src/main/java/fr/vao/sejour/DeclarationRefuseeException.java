package fr.vao.sejour;

/** An action refused for a reason the user can read (message key), e.g. no valid agrément, a concurrent change. */
public class DeclarationRefuseeException extends RuntimeException {

    private final String cle;

    public DeclarationRefuseeException(String cle) {
        super(cle);
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
