package fr.vao.compte;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password policy (ADR 0002, replaces rule 1 of the spec): at least 12 characters, at most 72 bytes (bcrypt's limit),
 * no composition rule; refused when
 * among the 10,000 most common passwords, or when it contains the e-mail's local part, the last name or the first
 * name (case- and accent-insensitive, parts of 3 characters or more).
 */
@Component
public class PolitiqueMotDePasse {

    public static final int LONGUEUR_MIN = 12;
    public static final int LONGUEUR_MAX = 128;
    /** bcrypt reads at most 72 bytes and Spring Security refuses to hash longer passwords. */
    public static final int OCTETS_MAX = 72;

    private final Set<String> courants;

    public PolitiqueMotDePasse() {
        Set<String> liste = new HashSet<>();
        try (BufferedReader lecteur = new BufferedReader(new InputStreamReader(
                new ClassPathResource("securite/mots-de-passe-courants.txt").getInputStream(), StandardCharsets.UTF_8))) {
            lecteur.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(liste::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.courants = Set.copyOf(liste);
    }

    /**
     * @return the reason (a message key of messages-compte.properties) why the password is refused, empty if accepted
     */
    public Optional<String> refus(String motDePasse, String email, String nom, String prenom) {
        if (motDePasse == null || motDePasse.codePointCount(0, motDePasse.length()) < LONGUEUR_MIN) {
            return Optional.of("motdepasse.trop-court");
        }
        if (motDePasse.length() > LONGUEUR_MAX
                || motDePasse.getBytes(StandardCharsets.UTF_8).length > OCTETS_MAX) {
            return Optional.of("motdepasse.trop-long");
        }
        String normalise = normaliser(motDePasse);
        if (courants.contains(motDePasse.toLowerCase(Locale.ROOT)) || courants.contains(normalise)) {
            return Optional.of("motdepasse.trop-courant");
        }
        String local = email == null ? null : email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (contient(normalise, local) || contient(normalise, nom) || contient(normalise, prenom)) {
            return Optional.of("motdepasse.donnees-personnelles");
        }
        return Optional.empty();
    }

    public boolean estCourant(String motDePasse) {
        return courants.contains(motDePasse.toLowerCase(Locale.ROOT));
    }

    private static boolean contient(String motDePasse, String partie) {
        if (partie == null) {
            return false;
        }
        String p = normaliser(partie);
        return p.length() >= 3 && motDePasse.contains(p);
    }

    static String normaliser(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
