package fr.vao.plateforme.limite;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counters shared by every replica, in PostgreSQL (table {@code limite_debit}): one fixed window per key. A key
 * names what is counted, for example {@code "connexion:203.0.113.7"} or {@code "api-jeton:<jti>"}.
 *
 * <p>{@link #consommer} counts one event and says whether it is within the limit; the window starts at the first
 * event and starts again when the counter reaches the maximum, so that whoever reaches the limit waits a whole window.
 * Each call is one statement in its own transaction: a refusal is recorded even when the caller's transaction rolls
 * back.
 */
@Service
public class LimitesDebit {

    /** The answer: allowed, or refused for {@code reessayerDans}. */
    public record Verdict(boolean autorise, Duration reessayerDans) {

        static final Verdict AUTORISE = new Verdict(true, Duration.ZERO);

        /** Whole seconds for a Retry-After header, at least 1. */
        public long secondes() {
            return Math.max(1, (reessayerDans.toMillis() + 999) / 1000);
        }
    }

    private final JdbcClient jdbc;
    private final Clock horloge;

    LimitesDebit(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** Counts one event under {@code cle}; refused beyond {@code maximum} events in {@code fenetre}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Verdict consommer(String cle, int maximum, Duration fenetre) {
        OffsetDateTime maintenant = maintenant();
        OffsetDateTime expire = maintenant.minus(fenetre);
        Etat etat = jdbc.sql("""
                insert into limite_debit (cle, debut, compte) values (:cle, :maintenant, 1)
                on conflict (cle) do update set
                    compte = case when limite_debit.debut <= :expire then 1 else limite_debit.compte + 1 end,
                    debut = case when limite_debit.debut <= :expire then :maintenant
                                 when limite_debit.compte + 1 = :maximum then :maintenant
                                 else limite_debit.debut end
                returning debut, compte""")
                .param("cle", cle).param("maintenant", maintenant).param("expire", expire)
                .param("maximum", maximum)
                .query((rs, n) -> new Etat(rs.getObject("debut", OffsetDateTime.class), rs.getInt("compte")))
                .single();
        return verdict(etat, maximum, fenetre, maintenant, true);
    }

    /**
     * Whether {@code cle} has already reached {@code maximum} events in the current window, without counting one:
     * for "5 invalid tokens block the address", checked before the token is even read.
     */
    @Transactional(readOnly = true)
    public Verdict consulter(String cle, int maximum, Duration fenetre) {
        OffsetDateTime maintenant = maintenant();
        return jdbc.sql("select debut, compte from limite_debit where cle = :cle and debut > :expire")
                .param("cle", cle).param("expire", maintenant.minus(fenetre))
                .query((rs, n) -> new Etat(rs.getObject("debut", OffsetDateTime.class), rs.getInt("compte")))
                .optional()
                .map(e -> verdict(e, maximum, fenetre, maintenant, false))
                .orElse(Verdict.AUTORISE);
    }

    /** Forgets a key (for example after a successful login). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void effacer(String cle) {
        jdbc.sql("delete from limite_debit where cle = :cle").param("cle", cle).update();
    }

    /** Deletes the counters older than {@code age}, longer than any window in use; returns how many. */
    @Transactional
    public int purger(Duration age) {
        return jdbc.sql("delete from limite_debit where debut < :limite")
                .param("limite", maintenant().minus(age)).update();
    }

    /**
     * Who is counted per address (the forms' limits, the API's invalid tokens): an IPv4 address, or the /64 network of an IPv6 address, since a subscriber is usually given a
     * whole /64 and could otherwise change address at each request.
     */
    public static String client(String adresse) {
        if (adresse == null || !adresse.contains(":")) {
            return adresse;
        }
        try {
            byte[] o = InetAddress.getByName(adresse).getAddress(); // a literal: no name lookup
            if (o.length != 16) {
                return InetAddress.getByAddress(o).getHostAddress(); // ::ffff:a.b.c.d
            }
            return String.format("%x:%x:%x:%x::/64", (o[0] & 0xff) << 8 | o[1] & 0xff, (o[2] & 0xff) << 8 | o[3] & 0xff,
                    (o[4] & 0xff) << 8 | o[5] & 0xff, (o[6] & 0xff) << 8 | o[7] & 0xff);
        } catch (UnknownHostException e) {
            return adresse;
        }
    }

    private static Verdict verdict(Etat etat, int maximum, Duration fenetre, OffsetDateTime maintenant,
            boolean compte) {
        // consommer: the event that reaches the maximum is still allowed; consulter: the maximum reached blocks
        boolean refuse = compte ? etat.compte() > maximum : etat.compte() >= maximum;
        if (!refuse) {
            return Verdict.AUTORISE;
        }
        Duration reste = Duration.between(maintenant, etat.debut().plus(fenetre));
        return new Verdict(false, reste.isNegative() ? Duration.ZERO : reste);
    }

    private OffsetDateTime maintenant() {
        // PostgreSQL keeps microseconds
        return OffsetDateTime.now(horloge).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private record Etat(OffsetDateTime debut, int compte) {
    }
}
