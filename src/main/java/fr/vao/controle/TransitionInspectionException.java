package fr.vao.controle;

/** An action the inspection's (or injunction's) status does not allow: shown as a clear message, never a 500. */
public class TransitionInspectionException extends InspectionRefuseeException {

    public TransitionInspectionException(String statut, String action) {
        super("inspection.transition." + action, statut);
    }
}
