package fr.vao.compte.connexion;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.plateforme.securite.Portail;

/**
 * Brute-force protection per portal and e-mail (spec §4 rule 16): 5 failures lock the login for 15 minutes, also for
 * e-mails that match no account; the counter starts again 15 minutes after the last failure; a success resets it.
 */
@Component
class TentativesConnexion {

    static final int MAX_ECHECS = 5;
    static final Duration VERROUILLAGE = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock horloge;

    TentativesConnexion(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    boolean estVerrouille(Portail portail, String email) {
        return jdbc.sql("""
                select count(*) from tentative_connexion
                where portail = :portail and email = :email and echecs >= :max and dernier_echec_le > :depuis""")
                .param("portail", portail.name()).param("email", email).param("max", MAX_ECHECS)
                .param("depuis", OffsetDateTime.now(horloge).minus(VERROUILLAGE))
                .query(Integer.class).single() > 0;
    }

    /** Counts a failure; returns the number of recent failures, {@link #MAX_ECHECS} meaning "now locked". */
    int echec(Portail portail, String email) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        return jdbc.sql("""
                insert into tentative_connexion (portail, email, echecs, dernier_echec_le)
                values (:portail, :email, 1, :maintenant)
                on conflict (portail, email) do update set
                    echecs = case when tentative_connexion.dernier_echec_le > :depuis
                                  then tentative_connexion.echecs + 1 else 1 end,
                    dernier_echec_le = :maintenant
                returning echecs""")
                .param("portail", portail.name()).param("email", email).param("maintenant", maintenant)
                .param("depuis", maintenant.minus(VERROUILLAGE))
                .query(Integer.class).single();
    }

    void reinitialiser(Portail portail, String email) {
        jdbc.sql("delete from tentative_connexion where portail = :portail and email = :email")
                .param("portail", portail.name()).param("email", email).update();
    }
}
