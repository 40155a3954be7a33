package fr.vao.eig;

/** An action refused for a reason the user can read (message key): not a draft, a concurrent change. */
public class EigRefuseException extends RuntimeException {

    private final String cle;

    public EigRefuseException(String cle) {
        super(cle);
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
