package fr.vao.compte;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.plateforme.securite.Portail;

/**
 * Single-use links sent by e-mail (e-mail validation 60 min, agent activation 60 min, password reset 30 min).
 * The link carries 256 random bits; only their SHA-256 is stored. Creating a link revokes the user's previous
 * unused links of the same use.
 */
@Service
public class Jetons {

    public enum Usage {
        VALIDATION_EMAIL, ACTIVATION, REINITIALISATION
    }

    /** A link's owner. */
    public record Jeton(long id, Portail portail, long utilisateurId, Usage usage, OffsetDateTime expireLe) {
    }

    /** Outcome of reading a link. */
    public enum Etat {
        VALIDE, EXPIRE, INCONNU
    }

    public record Lecture(Etat etat, Jeton jeton) {
    }

    private static final SecureRandom ALEA = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock horloge;

    Jetons(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** Creates a link token valid for {@code duree}; returns the raw token to put in the link. */
    @Transactional
    public String creer(Portail portail, long utilisateurId, Usage usage, Duration duree) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        jdbc.sql("""
                update jeton set utilise_le = :maintenant
                where portail = :portail and utilisateur_id = :id and usage = :usage and utilise_le is null""")
                .param("maintenant", maintenant).param("portail", portail.name()).param("id", utilisateurId)
                .param("usage", usage.name()).update();
        byte[] octets = new byte[32];
        ALEA.nextBytes(octets);
        String brut = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        jdbc.sql("""
                insert into jeton (hash, portail, utilisateur_id, usage, expire_le, cree_le)
                values (:hash, :portail, :id, :usage, :expire, :maintenant)""")
                .param("hash", hash(brut)).param("portail", portail.name()).param("id", utilisateurId)
                .param("usage", usage.name()).param("expire", maintenant.plus(duree)).param("maintenant", maintenant)
                .update();
        return brut;
    }

    /** Reads a link without using it up (to show a form). */
    public Lecture lire(String brut, Usage usage) {
        if (brut == null || brut.isBlank() || brut.length() > 100) {
            return new Lecture(Etat.INCONNU, null);
        }
        Optional<Jeton> jeton = jdbc.sql("""
                select id, portail, utilisateur_id, usage, expire_le from jeton
                where hash = :hash and usage = :usage and utilise_le is null""")
                .param("hash", hash(brut)).param("usage", usage.name())
                .query(Jeton.class).optional();
        if (jeton.isEmpty()) {
            return new Lecture(Etat.INCONNU, null);
        }
        boolean expire = jeton.get().expireLe().isBefore(OffsetDateTime.now(horloge));
        return new Lecture(expire ? Etat.EXPIRE : Etat.VALIDE, jeton.get());
    }

    /** Uses the link up: valid once. */
    @Transactional
    public Lecture consommer(String brut, Usage usage) {
        Lecture lecture = lire(brut, usage);
        if (lecture.etat() == Etat.VALIDE) {
            int marques = jdbc.sql("update jeton set utilise_le = :maintenant where id = :id and utilise_le is null")
                    .param("maintenant", OffsetDateTime.now(horloge)).param("id", lecture.jeton().id()).update();
            if (marques == 0) {
                return new Lecture(Etat.INCONNU, null);
            }
        }
        return lecture;
    }

    static String hash(String brut) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(brut.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
