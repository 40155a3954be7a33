package fr.vao.agrement;

/** The agrément request is not the organiser's organisme's: answered 403, nothing about it is shown. */
public class AccesAgrementRefuseException extends RuntimeException {

    public AccesAgrementRefuseException() {
        super("Demande d'agrément d'un autre organisme");
    }
}
