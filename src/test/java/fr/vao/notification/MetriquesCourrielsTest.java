package fr.vao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.Prometheus;
import fr.vao.support.TestIntegration;

/** {@code vao_courriels_total}: a mail sent through GreenMail, a retry during an SMTP outage, a mail given up. */
class MetriquesCourrielsTest extends TestIntegration {

    @Autowired
    Courriels courriels;

    @Autowired
    EnvoiCourriels envoi;

    private double compte(String resultat) throws Exception {
        return Prometheus.valeur(mvc, "vao_courriels_total", "resultat", resultat);
    }

    private long courriel(String destinataire) {
        return courriels.envoyer(Courriel.a(destinataire, "essai-outbox", "Essai métriques",
                Map.of("prenom", "Alice", "code", "123456")));
    }

    private String statut(long id) {
        return jdbc.sql("select statut from courriel where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void lesCourrielsEnvoyesReessayesEtEnEchecSontComptes() throws Exception {
        horloge.regler(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        envoi.envoyerEnAttente(); // what other tests left in the outbox leaves now, not in the counts below
        double envoyes = compte("envoye");
        long envoye = courriel("metriques-envoye@test-courriels.fr");
        envoi.envoyerEnAttente();
        assertThat(statut(envoye)).isEqualTo("ENVOYE");
        assertThat(compte("envoye")).isEqualTo(envoyes + 1);

        double reessais = compte("reessai");
        double echecs = compte("echec");
        long enPanne = courriel("metriques-echec@test-courriels.fr");
        CourrielsAdministrationTest.arreterSmtp();
        try {
            envoi.envoyerEnAttente();
            assertThat(statut(enPanne)).isEqualTo("A_ENVOYER");
            assertThat(compte("reessai")).isEqualTo(reessais + 1);
            assertThat(compte("echec")).isEqualTo(echecs);

            horloge.avancer(Duration.ofHours(25));
            envoi.envoyerEnAttente();
            assertThat(statut(enPanne)).isEqualTo("ECHEC");
            assertThat(compte("echec")).isEqualTo(echecs + 1);
        } finally {
            CourrielsAdministrationTest.redemarrerSmtp();
        }
    }
}
