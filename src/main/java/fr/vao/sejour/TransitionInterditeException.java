package fr.vao.sejour;

/** An action the déclaration's status does not allow: shown as a clear message, never a 500. */
public class TransitionInterditeException extends RuntimeException {

    private final transient Statut statut;
    private final transient Action action;

    public TransitionInterditeException(Statut statut, Action action) {
        super("Action " + action + " impossible au statut " + statut.code());
        this.statut = statut;
        this.action = action;
    }

    public Statut statut() {
        return statut;
    }

    public Action action() {
        return action;
    }

    /** Message key, with the status label as argument. */
    public String cle() {
        return "sejour.transition." + action.name();
    }
}
