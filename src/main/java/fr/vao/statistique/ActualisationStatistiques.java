package fr.vao.statistique;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.plateforme.taches.ExecutionsTaches;
import fr.vao.plateforme.taches.RapportTache;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Rebuilds the statistics' read models (V141 {@code statistique_actualiser}) in one transaction, set-based: nightly
 * (job {@value #TACHE}) and when a national agent asks for it ("Actualiser"). Readers keep seeing the previous figures
 * until the commit.
 */
@Component
@PropertySource("classpath:config/statistique-taches.properties")
public class ActualisationStatistiques {

    static final String TACHE = "STATISTIQUES";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ExecutionsTaches executions;
    private final Clock horloge;

    ActualisationStatistiques(JdbcClient jdbc, TransactionTemplate transaction, ExecutionsTaches executions,
            Clock horloge) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.executions = executions;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${vao.taches.statistique.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = TACHE, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    RapportTache nuit() {
        return executions.executer(TACHE, rapport -> {
            actualiser();
            rapport.traite();
        });
    }

    /** Rebuilds every read model now. */
    public void actualiser() {
        transaction.executeWithoutResult(s -> jdbc.sql("select statistique_actualiser(:le)")
                .param("le", OffsetDateTime.now(horloge)).query((rs, n) -> 1).list());
    }

    /** When the figures were last rebuilt, if ever. */
    public Optional<OffsetDateTime> derniere() {
        return jdbc.sql("select le from stat_actualisation where id = 1").query(OffsetDateTime.class).optional();
    }
}
