package fr.vao.organisme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.compte.SuppressionComptes;
import fr.vao.document.SuppressionDocuments;
import fr.vao.plateforme.rgpd.DonneesOrganisme;

/**
 * The fiche organisateur for the RGPD deletions (ADR 0021), last of all modules: the identities and their
 * représentants, the établissements secondaires, the protocols and their documents, the history, the members (whose
 * accounts the compte module deletes once their membership is gone, with the documents they uploaded and never
 * attached) and the organisme row.
 */
@Component
class DonneesFiche implements DonneesOrganisme {

    private final JdbcClient jdbc;
    private final Organismes organismes;
    private final SuppressionDocuments documents;
    private final SuppressionComptes comptes;

    DonneesFiche(JdbcClient jdbc, Organismes organismes, SuppressionDocuments documents, SuppressionComptes comptes) {
        this.jdbc = jdbc;
        this.organismes = organismes;
        this.documents = documents;
        this.comptes = comptes;
    }

    @Override
    public int ordre() {
        return ORDRE_ORGANISME;
    }

    private long compter(String sql, long organismeId) {
        return jdbc.sql(sql).param("o", organismeId).query(Long.class).single();
    }

    @Override
    public Map<String, Long> inventaire(long organismeId) {
        List<Long> membres = organismes.membres(organismeId);
        Map<String, Long> inventaire = new LinkedHashMap<>();
        inventaire.put("rgpd.donnees.fiche", compter("select count(*) from organisme where id = :o", organismeId));
        inventaire.put("rgpd.donnees.fiche.identites",
                compter("select count(*) from organisme_identite where organisme_id = :o", organismeId));
        inventaire.put("rgpd.donnees.fiche.representants", compter("""
                select count(*) from organisme_representant r join organisme_identite i on i.id = r.identite_id
                where i.organisme_id = :o""", organismeId));
        inventaire.put("rgpd.donnees.fiche.etablissements",
                compter("select count(*) from organisme_etablissement where organisme_id = :o", organismeId));
        inventaire.put("rgpd.donnees.fiche.protocoles", compter("""
                select (select count(*) from organisme_protocole_transport where organisme_id = :o)
                     + (select count(*) from organisme_protocole_sanitaire where organisme_id = :o)""", organismeId));
        inventaire.put("rgpd.donnees.fiche.documents",
                documents.compter(FichesOrganisateur.DOCUMENTS_PROTOCOLES, List.of(organismeId), List.of()));
        inventaire.put("rgpd.donnees.fiche.historique",
                compter("select count(*) from organisme_historique where organisme_id = :o", organismeId));
        inventaire.put("rgpd.donnees.comptes", (long) membres.size());
        inventaire.put("rgpd.donnees.comptes.documents", documents.compterNonRattaches(membres));
        return inventaire;
    }

    @Override
    public void supprimer(long organismeId) {
        List<Long> membres = organismes.membres(organismeId);
        jdbc.sql("""
                delete from organisme_representant where identite_id in
                    (select id from organisme_identite where organisme_id = :o)""").param("o", organismeId).update();
        for (String table : List.of("organisme_identite", "organisme_etablissement", "organisme_protocole_transport",
                "organisme_protocole_sanitaire", "organisme_historique", "organisme_membre")) {
            jdbc.sql("delete from " + table + " where organisme_id = :o").param("o", organismeId).update();
        }
        documents.supprimer(FichesOrganisateur.DOCUMENTS_PROTOCOLES, List.of(organismeId), List.of());
        documents.supprimerNonRattaches(membres);
        comptes.supprimer(membres);
        jdbc.sql("delete from organisme where id = :o").param("o", organismeId).update();
    }
}
