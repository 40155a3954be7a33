package fr.vao.agrement;

/** The agrément changed since the page was shown (another agent, another tab): nothing is done. */
public class AgrementModifieException extends RuntimeException {

    public AgrementModifieException() {
        super("Agrément modifié entre-temps");
    }

    public String cle() {
        return "agrement.modifie-entre-temps";
    }
}
