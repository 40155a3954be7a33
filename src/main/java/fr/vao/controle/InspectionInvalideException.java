package fr.vao.controle;

import java.util.Map;

/** A form with errors (message keys by field): nothing is saved, the page shows what was posted with the errors. */
public class InspectionInvalideException extends RuntimeException {

    private final transient Map<String, String> erreurs;

    public InspectionInvalideException(Map<String, String> erreurs) {
        super("Saisie invalide : " + erreurs.keySet());
        this.erreurs = Map.copyOf(erreurs);
    }

    public Map<String, String> erreurs() {
        return erreurs;
    }
}
