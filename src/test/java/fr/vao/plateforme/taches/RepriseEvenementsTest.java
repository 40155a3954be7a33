package fr.vao.plateforme.taches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.support.TestIntegration;

/**
 * The resubmission job (ADR 0038) takes an event publication left incomplete for longer than its threshold (a replica
 * killed before its listener committed) and completes it once; it leaves a younger one to the replica processing it.
 */
class RepriseEvenementsTest extends TestIntegration {

    @Autowired
    RepriseEvenements reprise;

    @Autowired
    ApplicationEventPublisher evenements;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventSerializer serialiseur;

    @Value("${spring.modulith.events.republish-outstanding-events-on-restart}")
    boolean republicationAuDemarrage;

    @Value("${vao.taches.evenements.age-minimum}")
    Duration ageMinimum;

    @Test
    void unePublicationIncompletePlusAgeeQueLeSeuilEstTraiteeUneFoisEtUnePlusRecenteAttend() {
        assertThat(republicationAuDemarrage).isFalse();
        String ecouteur = ecouteurDuJournal();
        String ancienne = "reprise-ancienne-" + UUID.randomUUID() + "@test-reprise.fr";
        String recente = "reprise-recente-" + UUID.randomUUID() + "@test-reprise.fr";
        UUID idAncienne = laissee(ecouteur, ancienne, horloge.instant().minus(ageMinimum).minusSeconds(60));
        UUID idRecente = laissee(ecouteur, recente, horloge.instant().minusSeconds(1));

        reprise.reprendre();

        await().atMost(Duration.ofSeconds(10)).until(() -> journalisations(ancienne) == 1
                && etat(idAncienne).get("completion_date") != null);
        assertThat(etat(idAncienne)).containsEntry("status", "COMPLETED").containsEntry("completion_attempts", 2);
        assertThat(etat(idRecente)).containsEntry("status", "PUBLISHED").containsEntry("completion_attempts", 1);
        assertThat(journalisations(recente)).isZero();

        reprise.reprendre(); // completed: not taken again
        assertThat(etat(idAncienne)).containsEntry("completion_attempts", 2);
        assertThat(journalisations(ancienne)).isEqualTo(1);
        jdbc.sql("delete from event_publication where id = :id").param("id", idRecente).update();
    }

    /** The listener id of JournalAudit, read from a real publication. */
    private String ecouteurDuJournal() {
        String acteur = "reprise-reelle-" + UUID.randomUUID() + "@test-reprise.fr";
        transaction.executeWithoutResult(s -> evenements.publishEvent(evenement(acteur)));
        await().atMost(Duration.ofSeconds(10)).until(() -> journalisations(acteur) == 1);
        return jdbc.sql("select listener_id from event_publication where serialized_event like :a")
                .param("a", "%" + acteur + "%").query(String.class).single();
    }

    /** A publication as a replica killed before its listener ran leaves it: PUBLISHED, first attempt, no completion. */
    private UUID laissee(String ecouteur, String acteur, Instant publieeLe) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts, last_resubmission_date)
                values (:id, :ecouteur, :type, :evenement, :le, 'PUBLISHED', 1, :le)""")
                .param("id", id).param("ecouteur", ecouteur).param("type", EvenementAudit.class.getName())
                .param("evenement", serialiseur.serialize(evenement(acteur)).toString())
                .param("le", Timestamp.from(publieeLe)).update();
        return id;
    }

    private EvenementAudit evenement(String acteur) {
        return new EvenementAudit(TypeEvenementAudit.COMPTE_MODIFIE, horloge.instant(), acteur, null, "Essai de reprise",
                "127.0.0.1");
    }

    private Map<String, Object> etat(UUID id) {
        return jdbc.sql("select status, completion_attempts, completion_date from event_publication where id = :id")
                .param("id", id).query().singleRow();
    }

    private int journalisations(String acteur) {
        return jdbc.sql("select count(*) from journal_audit where acteur = :a").param("a", acteur)
                .query(Integer.class).single();
    }
}
