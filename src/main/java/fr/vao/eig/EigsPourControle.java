package fr.vao.eig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the contrôle module reads of the EIG (issue 6, risk criterion "EIG on earlier stays"): the submitted EIG of
 * some organismes, without any of their content, in one query on the organisme index. The contrôle module never
 * reads this module's tables.
 */
@Service
public class EigsPourControle {

    /** A submitted EIG (ENVOYE or LU) of a stay: which stay, when it started. */
    public record EigSejour(long declarationId, LocalDate sejourDebut) {
    }

    private final JdbcClient jdbc;

    EigsPourControle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The submitted EIG of each of these organismes (drafts are not EIG yet). */
    @Transactional(readOnly = true)
    public Map<Long, List<EigSejour>> parOrganisme(Collection<Long> organismes) {
        Map<Long, List<EigSejour>> eigs = new HashMap<>();
        if (organismes.isEmpty()) {
            return eigs;
        }
        jdbc.sql("""
                select organisme_id, declaration_id, sejour_debut from eig
                where organisme_id in (:organismes) and statut in ('ENVOYE', 'LU')""")
                .param("organismes", Set.copyOf(organismes))
                .query((rs, n) -> eigs.computeIfAbsent(rs.getLong("organisme_id"), k -> new ArrayList<>())
                        .add(new EigSejour(rs.getLong("declaration_id"), rs.getObject("sejour_debut", LocalDate.class))))
                .list();
        return eigs;
    }
}
