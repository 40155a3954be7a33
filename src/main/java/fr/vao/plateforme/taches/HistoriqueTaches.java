package fr.vao.plateforme.taches;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The recorded runs of the scheduled jobs, most recent first (national agents' page). */
@Service
public class HistoriqueTaches {

    public record Execution(long id, String tache, OffsetDateTime debut, OffsetDateTime fin, String resultat,
            int traites, int courriels, int erreurs, String rapport) {

        /** Run time, null while running. */
        public Duration duree() {
            return fin == null ? null : Duration.between(debut, fin);
        }
    }

    private final JdbcClient jdbc;

    HistoriqueTaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> taches() {
        return jdbc.sql("select distinct tache from execution_tache order by tache").query(String.class).list();
    }

    public int compter(String tache) {
        return jdbc.sql("select count(*) from execution_tache where (:tache = '' or tache = :tache)")
                .param("tache", tache == null ? "" : tache).query(Integer.class).single();
    }

    public List<Execution> lister(String tache, int decalage, int limite) {
        return jdbc.sql("""
                select id, tache, debut, fin, resultat, traites, courriels, erreurs, rapport from execution_tache
                where (:tache = '' or tache = :tache) order by debut desc, id desc limit :limite offset :decalage""")
                .param("tache", tache == null ? "" : tache).param("limite", limite).param("decalage", decalage)
                .query(Execution.class).list();
    }
}
