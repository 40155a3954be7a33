package fr.vao.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mail to send.
 *
 * @param modele template name under {@code templates/mail/} (both {@code .html} and {@code .txt} exist)
 * @param destinataires recipients' addresses ("À")
 * @param copies addresses in copy ("Cc"), without those already among the recipients
 * @param sujet subject
 * @param variables template variables
 */
public record Courriel(String modele, List<String> destinataires, List<String> copies, String sujet,
        Map<String, Object> variables) {

    public Courriel {
        if (destinataires == null || destinataires.isEmpty()) {
            throw new IllegalArgumentException("Un courriel doit avoir au moins un destinataire");
        }
        destinataires = List.copyOf(new LinkedHashSet<>(destinataires));
        Set<String> c = new LinkedHashSet<>(copies == null ? List.of() : copies);
        c.removeAll(destinataires);
        copies = List.copyOf(c);
        variables = Map.copyOf(variables);
    }

    /** A mail without copies. */
    public Courriel(String modele, List<String> destinataires, String sujet, Map<String, Object> variables) {
        this(modele, destinataires, List.of(), sujet, variables);
    }

    public static Courriel a(String destinataire, String modele, String sujet, Map<String, Object> variables) {
        return new Courriel(modele, List.of(destinataire), sujet, variables);
    }
}
