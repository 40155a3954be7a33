package fr.vao.controle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the planning reads of the inspections (V130), for all its stays at once: the organismes already inspected and
 * the inspections planned on the stays.
 */
@Repository
class InspectionsPlanning {

    /** An inspection carried out: its visit took place, whatever followed. */
    static final Set<String> REALISEES = Set.of("REALISEE", "RAPPORT_ENVOYE", "CLOTUREE");

    /** The key of a stay at an hébergement. */
    record Cle(long declarationId, UUID hebergementId) {
    }

    private final JdbcClient jdbc;

    InspectionsPlanning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of these organismes that had at least one inspection carried out (the organisme index). */
    Set<Long> inspectes(Collection<Long> organismes) {
        if (organismes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct organisme_id from inspection where organisme_id in (:organismes) and statut in (:s)""")
                .param("organismes", Set.copyOf(organismes)).param("s", REALISEES).query(Long.class).list());
    }

    /**
     * The earliest planned date of the inspections PLANIFIEE of these déclarations, by stay and hébergement; an
     * inspection without hébergement counts for every hébergement of its déclaration (key with a null hébergement).
     */
    Map<Cle, LocalDate> planifiees(Collection<Long> declarations) {
        Map<Cle, LocalDate> prevues = new HashMap<>();
        if (declarations.isEmpty()) {
            return prevues;
        }
        jdbc.sql("""
                select declaration_id, hebergement_id, min(date_prevue) prevue from inspection
                where declaration_id in (:declarations) and statut = 'PLANIFIEE'
                group by declaration_id, hebergement_id""")
                .param("declarations", Set.copyOf(declarations))
                .query((rs, n) -> prevues.put(new Cle(rs.getLong("declaration_id"),
                        rs.getObject("hebergement_id", UUID.class)), rs.getObject("prevue", LocalDate.class)))
                .list();
        return prevues;
    }
}
