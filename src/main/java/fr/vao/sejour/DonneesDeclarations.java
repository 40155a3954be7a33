package fr.vao.sejour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.document.SuppressionDocuments;
import fr.vao.messagerie.SuppressionFils;
import fr.vao.plateforme.rgpd.DonneesOrganisme;

/**
 * The déclarations de séjour of an organisme for the RGPD deletions (ADR 0021): their threads (through the
 * messagerie, which is given their ids), their generated PDFs (through the document module), their hébergements,
 * history and visibility rows, the déclarations, and the organisme's counter row. The counters per territory and per
 * organisme follow by the triggers of V94 and V96. First of all modules: the déclarations point to hébergement rows.
 */
@Component
class DonneesDeclarations implements DonneesOrganisme {

    private final JdbcClient jdbc;
    private final SuppressionFils fils;
    private final SuppressionDocuments documents;

    DonneesDeclarations(JdbcClient jdbc, SuppressionFils fils, SuppressionDocuments documents) {
        this.jdbc = jdbc;
        this.fils = fils;
        this.documents = documents;
    }

    @Override
    public int ordre() {
        return ORDRE_SEJOUR;
    }

    private List<Long> declarations(long organismeId) {
        return jdbc.sql("select id from declaration_sejour where organisme_id = :o order by id")
                .param("o", organismeId).query(Long.class).list();
    }

    private long compter(String table, long organismeId) {
        return jdbc.sql("select count(*) from " + table + " x join declaration_sejour d on d.id = x.declaration_id"
                + " where d.organisme_id = :o").param("o", organismeId).query(Long.class).single();
    }

    @Override
    public Map<String, Long> inventaire(long organismeId) {
        List<Long> ids = declarations(organismeId);
        Map<String, Long> inventaire = new LinkedHashMap<>();
        inventaire.put("rgpd.donnees.declarations", (long) ids.size());
        inventaire.put("rgpd.donnees.declarations.hebergements", compter("declaration_hebergement", organismeId));
        inventaire.put("rgpd.donnees.declarations.historique", compter("declaration_historique", organismeId));
        inventaire.put("rgpd.donnees.declarations.documents",
                documents.compter(DocumentsDeclaration.RATTACHEMENT, ids, List.of()));
        inventaire.put("rgpd.donnees.messages", fils.compterMessages(AccesFilsDeclaration.TYPE, ids));
        inventaire.put("rgpd.donnees.messages.documents", fils.compterPiecesJointes(AccesFilsDeclaration.TYPE, ids));
        return inventaire;
    }

    @Override
    public void supprimer(long organismeId) {
        List<Long> ids = declarations(organismeId);
        fils.supprimer(AccesFilsDeclaration.TYPE, ids);
        documents.supprimer(DocumentsDeclaration.RATTACHEMENT, ids, List.of());
        if (!ids.isEmpty()) {
            // the foreign keys cascade to these three, but say what goes
            for (String table : List.of("declaration_visibilite", "declaration_hebergement", "declaration_historique")) {
                jdbc.sql("delete from " + table + " where declaration_id in (:ids)").param("ids", ids).update();
            }
        }
        jdbc.sql("delete from declaration_sejour where organisme_id = :o").param("o", organismeId).update();
        // after the déclarations: their deletion trigger updates this row
        jdbc.sql("delete from declaration_compteur_organisme where organisme_id = :o").param("o", organismeId)
                .update();
    }
}
