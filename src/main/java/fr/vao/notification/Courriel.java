package fr.vao.notification;

import java.util.List;
import java.util.Map;

/**
 * A mail to send.
 *
 * @param modele template name under {@code templates/mail/} (both {@code .html} and {@code .txt} exist)
 * @param destinataires recipients' addresses
 * @param sujet subject
 * @param variables template variables
 */
public record Courriel(String modele, List<String> destinataires, String sujet, Map<String, Object> variables) {

    public Courriel {
        if (destinataires == null || destinataires.isEmpty()) {
            throw new IllegalArgumentException("Un courriel doit avoir au moins un destinataire");
        }
        destinataires = List.copyOf(destinataires);
        variables = Map.copyOf(variables);
    }

    public static Courriel a(String destinataire, String modele, String sujet, Map<String, Object> variables) {
        return new Courriel(modele, List.of(destinataire), sujet, variables);
    }
}
