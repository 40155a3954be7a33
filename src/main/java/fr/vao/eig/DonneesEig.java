package fr.vao.eig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.document.SuppressionDocuments;
import fr.vao.plateforme.rgpd.DonneesOrganisme;

/**
 * The EIG of an organisme for the RGPD deletions (ADR 0021), with their attached files: before the déclarations
 * they point to (those of the organisme, whoever declared the EIG).
 */
@Component
class DonneesEig implements DonneesOrganisme {

    static final String RATTACHEMENT = "eig";

    private final JdbcClient jdbc;
    private final SuppressionDocuments documents;

    DonneesEig(JdbcClient jdbc, SuppressionDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public int ordre() {
        return ORDRE_SEJOUR - 10;
    }

    private List<Long> ids(long organismeId) {
        return jdbc.sql("""
                select id from eig where organisme_id = :o
                   or declaration_id in (select id from declaration_sejour where organisme_id = :o)""")
                .param("o", organismeId).query(Long.class).list();
    }

    @Override
    public Map<String, Long> inventaire(long organismeId) {
        List<Long> ids = ids(organismeId);
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("eig.rgpd.eig", (long) ids.size());
        m.put("eig.rgpd.fichiers", ids.isEmpty() ? 0 : documents.compter(RATTACHEMENT, ids, List.of()));
        return m;
    }

    @Override
    public void supprimer(long organismeId) {
        List<Long> ids = ids(organismeId);
        if (ids.isEmpty()) {
            return;
        }
        documents.supprimer(RATTACHEMENT, ids, List.of());
        jdbc.sql("delete from eig where id in (:ids)").param("ids", ids).update();
    }
}
