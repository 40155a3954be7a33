package fr.vao.agrement;

/** An action the agrément's status does not allow: shown as a clear message, never a 500. */
public class TransitionAgrementInterditeException extends RuntimeException {

    private final transient StatutAgrement statut;
    private final transient ActionAgrement action;

    public TransitionAgrementInterditeException(StatutAgrement statut, ActionAgrement action) {
        super("Action " + action + " impossible au statut " + statut);
        this.statut = statut;
        this.action = action;
    }

    public StatutAgrement statut() {
        return statut;
    }

    public ActionAgrement action() {
        return action;
    }

    /** Message key, with the status label as argument. */
    public String cle() {
        return "agrement.transition." + action.name();
    }
}
