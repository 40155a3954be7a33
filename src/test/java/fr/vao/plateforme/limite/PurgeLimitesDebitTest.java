package fr.vao.plateforme.limite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.TestIntegration;

/** The scheduled purge deletes the counters older than vao.limites.purge.age (a day) and keeps the others. */
class PurgeLimitesDebitTest extends TestIntegration {

    @Autowired
    LimitesDebit limites;

    @Autowired
    PurgeLimitesDebit purge;

    private boolean existe(String cle) {
        return jdbc.sql("select count(*) from limite_debit where cle = :cle").param("cle", cle)
                .query(Integer.class).single() == 1;
    }

    @Test
    void laPurgeSupprimeLesCompteursDePlusDUnJour() {
        String ancien = "test-purge:" + UUID.randomUUID();
        String recent = "test-purge:" + UUID.randomUUID();
        horloge.regler(Instant.parse("2026-12-01T08:00:00Z"));
        limites.consommer(ancien, 5, Duration.ofHours(1));
        horloge.avancer(Duration.ofHours(23));
        limites.consommer(recent, 5, Duration.ofHours(1));
        horloge.avancer(Duration.ofHours(1).plusSeconds(1));

        purge.purger();
        assertThat(existe(ancien)).isFalse();
        assertThat(existe(recent)).isTrue();
    }
}
