package fr.vao.agrement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.document.SuppressionDocuments;
import fr.vao.plateforme.rgpd.DonneesOrganisme;

/** The agréments of an organisme for the RGPD deletions (ADR 0021): the rows, then their documents. */
@Component
class DonneesAgrements implements DonneesOrganisme {

    private final JdbcClient jdbc;
    private final SuppressionDocuments documents;

    DonneesAgrements(JdbcClient jdbc, SuppressionDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public int ordre() {
        return ORDRE_AGREMENT;
    }

    private List<Long> agrements(long organismeId) {
        return jdbc.sql("select id from agrement where organisme_id = :o").param("o", organismeId)
                .query(Long.class).list();
    }

    private List<UUID> fichiers(long organismeId) {
        return jdbc.sql("select document_id from agrement where organisme_id = :o and document_id is not null")
                .param("o", organismeId).query(UUID.class).list();
    }

    @Override
    public Map<String, Long> inventaire(long organismeId) {
        List<Long> ids = agrements(organismeId);
        Map<String, Long> inventaire = new LinkedHashMap<>();
        inventaire.put("rgpd.donnees.agrements", (long) ids.size());
        inventaire.put("rgpd.donnees.agrements.documents",
                documents.compter(AgrementsOrganisme.TYPE_DOCUMENT, ids, fichiers(organismeId)));
        return inventaire;
    }

    @Override
    public void supprimer(long organismeId) {
        List<Long> ids = agrements(organismeId);
        List<UUID> fichiers = fichiers(organismeId);
        jdbc.sql("delete from agrement where organisme_id = :o").param("o", organismeId).update();
        documents.supprimer(AgrementsOrganisme.TYPE_DOCUMENT, ids, fichiers);
    }
}
