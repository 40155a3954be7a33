package fr.vao.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored API tokens (table {@code jeton_api}, ADR 0033): their id, owner, label, dates and revocation, never the
 * JWT itself.
 */
@Repository
class JetonsEnregistres {

    /** "Last used" is written at most once in this period, not at every call. */
    static final Duration PRECISION_UTILISATION = Duration.ofMinutes(1);

    /** A token as "Mon compte" lists it. */
    record Jeton(UUID jti, long organisateurId, String libelle, OffsetDateTime creeLe, OffsetDateTime expireLe,
            OffsetDateTime revoqueLe, OffsetDateTime utiliseLe) {

        boolean revoque() {
            return revoqueLe != null;
        }

        boolean expire(Instant maintenant) {
            return !expireLe.toInstant().isAfter(maintenant);
        }
    }

    private final JdbcClient jdbc;
    private final Clock horloge;

    JetonsEnregistres(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    void enregistrer(UUID jti, long organisateurId, String libelle, Instant creeLe, Instant expireLe) {
        jdbc.sql("""
                insert into jeton_api (jti, organisateur_id, libelle, cree_le, expire_le)
                values (:jti, :organisateur, :libelle, :cree, :expire)""")
                .param("jti", jti).param("organisateur", organisateurId).param("libelle", libelle)
                .param("cree", utc(creeLe)).param("expire", utc(expireLe)).update();
    }

    /** This organiser's tokens, newest first. */
    List<Jeton> duCompte(long organisateurId) {
        return jdbc.sql("select * from jeton_api where organisateur_id = :id order by cree_le desc, jti")
                .param("id", organisateurId).query(Jeton.class).list();
    }

    /** The token if it belongs to this organiser (another's is "not found"). */
    Optional<Jeton> duCompte(long organisateurId, UUID jti) {
        return jdbc.sql("select * from jeton_api where jti = :jti and organisateur_id = :id")
                .param("jti", jti).param("id", organisateurId).query(Jeton.class).optional();
    }

    /** Tokens neither revoked nor expired; serialised per organiser so that two creations do not pass the cap. */
    int actifs(long organisateurId) {
        jdbc.sql("select pg_advisory_xact_lock(:cle)").param("cle", 0x4A45_544F_4E00_0000L + organisateurId)
                .query(Object.class).single();
        return jdbc.sql("""
                select count(*) from jeton_api
                where organisateur_id = :id and revoque_le is null and expire_le > :maintenant""")
                .param("id", organisateurId).param("maintenant", maintenant()).query(Integer.class).single();
    }

    /** Revokes this organiser's token if still active; false if it is not theirs or already revoked. */
    boolean revoquer(long organisateurId, UUID jti, String par) {
        return jdbc.sql("""
                update jeton_api set revoque_le = :maintenant, revoque_par = :par
                where jti = :jti and organisateur_id = :id and revoque_le is null""")
                .param("maintenant", maintenant()).param("par", par).param("jti", jti).param("id", organisateurId)
                .update() == 1;
    }

    /**
     * Whether the token of this id and owner may be used now (stored, not revoked, not expired); if so, records the
     * use when the last one is older than {@link #PRECISION_UTILISATION}.
     */
    boolean utiliser(UUID jti, long organisateurId) {
        OffsetDateTime maintenant = maintenant();
        Optional<Jeton> jeton = jdbc.sql("""
                select * from jeton_api
                where jti = :jti and organisateur_id = :id and revoque_le is null and expire_le > :maintenant""")
                .param("jti", jti).param("id", organisateurId).param("maintenant", maintenant)
                .query(Jeton.class).optional();
        if (jeton.isEmpty()) {
            return false;
        }
        OffsetDateTime dernier = jeton.get().utiliseLe();
        if (dernier == null || !dernier.plus(PRECISION_UTILISATION).isAfter(maintenant)) {
            jdbc.sql("update jeton_api set utilise_le = :maintenant where jti = :jti")
                    .param("maintenant", maintenant).param("jti", jti).update();
        }
        return true;
    }

    private OffsetDateTime maintenant() {
        return utc(horloge.instant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
