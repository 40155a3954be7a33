package fr.vao.hebergement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.document.SuppressionDocuments;
import fr.vao.plateforme.rgpd.DonneesOrganisme;

/**
 * The hébergements of an organisme for the RGPD deletions (ADR 0021): every version, then their ERP documents
 * (attached to a version's row or pointed to by its columns). After the déclarations, which point to the versions.
 */
@Component
class DonneesHebergements implements DonneesOrganisme {

    private final JdbcClient jdbc;
    private final SuppressionDocuments documents;

    DonneesHebergements(JdbcClient jdbc, SuppressionDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public int ordre() {
        return ORDRE_HEBERGEMENT;
    }

    private List<Long> lignes(long organismeId) {
        return jdbc.sql("select id from hebergement where organisme_id = :o").param("o", organismeId)
                .query(Long.class).list();
    }

    private List<UUID> fichiers(long organismeId) {
        return jdbc.sql("""
                select f from hebergement h,
                    unnest(array[h.fichier_attestation_securite, h.fichier_arrete_maire, h.fichier_reponse_exploitant]) f
                where h.organisme_id = :o and f is not null""").param("o", organismeId).query(UUID.class).list();
    }

    @Override
    public Map<String, Long> inventaire(long organismeId) {
        Map<String, Long> inventaire = new LinkedHashMap<>();
        inventaire.put("rgpd.donnees.hebergements", jdbc.sql(
                "select count(distinct hebergement_id) from hebergement where organisme_id = :o")
                .param("o", organismeId).query(Long.class).single());
        inventaire.put("rgpd.donnees.hebergements.versions", (long) lignes(organismeId).size());
        inventaire.put("rgpd.donnees.hebergements.documents",
                documents.compter(GestionHebergements.RATTACHEMENT, lignes(organismeId), fichiers(organismeId)));
        return inventaire;
    }

    @Override
    public void supprimer(long organismeId) {
        List<Long> lignes = lignes(organismeId);
        List<UUID> fichiers = fichiers(organismeId);
        jdbc.sql("delete from hebergement where organisme_id = :o").param("o", organismeId).update();
        documents.supprimer(GestionHebergements.RATTACHEMENT, lignes, fichiers);
    }
}
