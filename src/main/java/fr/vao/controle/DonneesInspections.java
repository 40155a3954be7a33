package fr.vao.controle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.document.SuppressionDocuments;
import fr.vao.plateforme.rgpd.DonneesOrganisme;

/**
 * The inspections of an organisme's stays for the RGPD deletions (ADR 0021): their agents, findings and injunctions,
 * and their documents (photos and pieces attached by the agents, the generated report). The rows would go with the
 * déclarations by cascade, but their documents would not: this module deletes both, before the déclarations.
 */
@Component
class DonneesInspections implements DonneesOrganisme {

    private final JdbcClient jdbc;
    private final SuppressionDocuments documents;

    DonneesInspections(JdbcClient jdbc, SuppressionDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public int ordre() {
        return ORDRE_SEJOUR - 20;
    }

    private List<Long> ids(long organismeId) {
        return jdbc.sql("""
                select id from inspection where organisme_id = :o
                   or declaration_id in (select id from declaration_sejour where organisme_id = :o)
                order by id""").param("o", organismeId).query(Long.class).list();
    }

    /** The reports, also attached to their inspection: named too, so that none is left if it were not. */
    private List<UUID> rapports(List<Long> ids) {
        return jdbc.sql("select rapport_document_id from inspection where id in (:ids)"
                + " and rapport_document_id is not null").param("ids", ids).query(UUID.class).list();
    }

    private long compter(String table, List<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("select count(*) from " + table + " where inspection_id in (:ids)")
                .param("ids", ids).query(Long.class).single();
    }

    @Override
    public Map<String, Long> inventaire(long organismeId) {
        List<Long> ids = ids(organismeId);
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("inspection.rgpd.inspections", (long) ids.size());
        m.put("inspection.rgpd.agents", compter("inspection_agent", ids));
        m.put("inspection.rgpd.constats", compter("inspection_constat", ids));
        m.put("inspection.rgpd.injonctions", compter("injonction", ids));
        m.put("inspection.rgpd.documents", ids.isEmpty() ? 0
                : documents.compter(GestionInspections.TYPE_DOCUMENT, ids, rapports(ids)));
        return m;
    }

    @Override
    public void supprimer(long organismeId) {
        List<Long> ids = ids(organismeId);
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> rapports = rapports(ids);
        // the foreign keys cascade to these three, but say what goes
        for (String table : List.of("injonction", "inspection_constat", "inspection_agent")) {
            jdbc.sql("delete from " + table + " where inspection_id in (:ids)").param("ids", ids).update();
        }
        jdbc.sql("delete from inspection where id in (:ids)").param("ids", ids).update();
        // after the rows that point to them
        documents.supprimer(GestionInspections.TYPE_DOCUMENT, ids, rapports);
    }
}
