package fr.vao.plateforme.limite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.TestIntegration;

/** The shared counters, on the injected clock. */
class LimitesDebitTest extends TestIntegration {

    @Autowired
    LimitesDebit limites;

    @Test
    void auDelaDuMaximumRefuseUneFenetreEntiereDepuisLeMaximumAtteint() {
        String cle = "test:" + UUID.randomUUID();
        horloge.regler(java.time.Instant.parse("2026-12-02T10:00:00.123456Z"));
        for (int i = 0; i < 3; i++) {
            assertThat(limites.consommer(cle, 3, Duration.ofMinutes(10)).autorise()).isTrue();
            horloge.avancer(Duration.ofMinutes(2));
        }
        // the 3rd event, at minute 4, restarted the window: blocked until minute 14
        LimitesDebit.Verdict refus = limites.consommer(cle, 3, Duration.ofMinutes(10));
        assertThat(refus.autorise()).isFalse();
        assertThat(refus.reessayerDans()).isEqualTo(Duration.ofMinutes(8));
        assertThat(refus.secondes()).isEqualTo(480);
        assertThat(limites.consulter(cle, 3, Duration.ofMinutes(10)).autorise()).isFalse();
        horloge.avancer(Duration.ofMinutes(8));
        assertThat(limites.consulter(cle, 3, Duration.ofMinutes(10)).autorise()).isTrue();
        assertThat(limites.consommer(cle, 3, Duration.ofMinutes(10)).autorise()).isTrue();
    }

    @Test
    void consulterNeCompteRienEtEffacerOublie() {
        String cle = "test:" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(limites.consulter(cle, 2, Duration.ofHours(1)).autorise()).isTrue();
        }
        limites.consommer(cle, 2, Duration.ofHours(1));
        limites.consommer(cle, 2, Duration.ofHours(1));
        assertThat(limites.consulter(cle, 2, Duration.ofHours(1)).autorise()).isFalse();
        limites.effacer(cle);
        assertThat(limites.consulter(cle, 2, Duration.ofHours(1)).autorise()).isTrue();
    }
}
