package fr.vao.plateforme.taches;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.vao.plateforme.observabilite.IdentifiantRequete;

/**
 * Records each run of a scheduled job: start, end, outcome and report (shown to national agents).
 * The job's own work is expected to commit item by item, so that one failing item does not undo the others.
 */
@Service
public class ExecutionsTaches {

    /**
     * The {@code lockAtLeastFor} of every cron job (ADR 0038): the lock outlives a short run, so that a replica whose
     * schedule fires a few milliseconds after another's (clock skew, a slow start) finds the slot taken instead of
     * running the job again. Shorter than the shortest interval between two slots (a day), longer than any skew.
     */
    public static final String VERROU_MINIMUM = "${vao.taches.verrou-minimum:PT5M}";

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionsTaches.class);

    private final JdbcClient jdbc;
    private final Clock horloge;

    ExecutionsTaches(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /**
     * Runs the job body, recording its run; returns the report. Its log lines carry the run's id in the MDC
     * ({@code tache-<id>}, the id of the run in the jobs' history) instead of a request id.
     */
    public RapportTache executer(String tache, Consumer<RapportTache> travail) {
        long id = jdbc.sql("insert into execution_tache (tache, debut, resultat) values (:tache, :debut, 'EN_COURS') returning id")
                .param("tache", tache).param("debut", OffsetDateTime.now(horloge)).query(Long.class).single();
        try (IdentifiantRequete.Portee portee = IdentifiantRequete.sous("tache-" + id)) {
            return executer(id, tache, travail);
        }
    }

    private RapportTache executer(long id, String tache, Consumer<RapportTache> travail) {
        RapportTache rapport = new RapportTache();
        String resultat = "SUCCES";
        try {
            travail.accept(rapport);
            if (!rapport.erreurs().isEmpty()) {
                resultat = "ECHEC";
            }
        } catch (RuntimeException e) {
            LOG.error("La tâche {} a échoué", tache, e);
            rapport.erreur(e.getClass().getSimpleName() + " : " + e.getMessage());
            resultat = "ECHEC";
        }
        jdbc.sql("""
                update execution_tache set fin = :fin, resultat = :resultat, traites = :traites, courriels = :courriels,
                       erreurs = :erreurs, rapport = :rapport where id = :id""")
                .param("fin", OffsetDateTime.now(horloge)).param("resultat", resultat)
                .param("traites", rapport.traites()).param("courriels", rapport.courriels())
                .param("erreurs", rapport.erreurs().size()).param("rapport", rapport.texte()).param("id", id)
                .update();
        LOG.info("Tâche {} : {} ({} traités, {} courriels, {} erreurs)", tache, resultat, rapport.traites(),
                rapport.courriels(), rapport.erreurs().size());
        return rapport;
    }
}
