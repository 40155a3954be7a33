package fr.vao.compte.agent;

/** The account changed since the form was opened (optimistic lock). */
public class ConflitModificationException extends RuntimeException {

    public ConflitModificationException() {
        super("Compte modifié entre-temps");
    }
}
