package fr.vao.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Appends security events to the hash-chained log. Appends are serialised by a transaction-scoped advisory lock so
 * that the chain never forks.
 */
@Service
public class JournalAudit {

    static final String ORIGINE = "0".repeat(64);
    private static final long VERROU = 0x5641_4F5F_4155_4449L; // "VAO_AUDI"

    private final JdbcClient jdbc;

    JournalAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void surEvenement(EvenementAudit evenement) {
        ajouter(evenement);
    }

    void ajouter(EvenementAudit e) {
        jdbc.sql("select pg_advisory_xact_lock(:verrou)").param("verrou", VERROU).query(Object.class).single();
        String precedent = jdbc.sql("select hash from journal_audit order by id desc limit 1")
                .query(String.class).optional().orElse(ORIGINE);
        OffsetDateTime horodatage = e.horodatage().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        String hash = hash(precedent, horodatage, e.type().name(), e.acteur(), e.cible(), e.details(), e.adresseIp());
        jdbc.sql("""
                insert into journal_audit (horodatage, type, acteur, cible, details, adresse_ip, hash_precedent, hash)
                values (:horodatage, :type, :acteur, :cible, :details, :ip, :precedent, :hash)""")
                .param("horodatage", horodatage)
                .param("type", e.type().name())
                .param("acteur", e.acteur())
                .param("cible", e.cible())
                .param("details", e.details())
                .param("ip", e.adresseIp())
                .param("precedent", precedent)
                .param("hash", hash)
                .update();
    }

    /** SHA-256 of the previous hash and every field of the row, each length-prefixed (no ambiguity). */
    static String hash(String precedent, OffsetDateTime horodatage, String type, String acteur, String cible,
            String details, String ip) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String champ : new String[] {precedent, horodatage.toInstant().toString(), type, acteur, cible,
                details, ip}) {
                byte[] octets = champ == null ? new byte[0] : champ.getBytes(StandardCharsets.UTF_8);
                sha.update((champ == null ? "-1:" : octets.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(octets);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
