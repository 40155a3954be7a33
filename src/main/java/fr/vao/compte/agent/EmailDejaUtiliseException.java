package fr.vao.compte.agent;

/** Another agent already has this e-mail address. */
public class EmailDejaUtiliseException extends RuntimeException {

    public EmailDejaUtiliseException() {
        super("Adresse courriel déjà utilisée");
    }
}
