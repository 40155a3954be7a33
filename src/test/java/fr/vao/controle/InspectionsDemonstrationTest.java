package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.document.Documents;
import fr.vao.support.TestIntegration;

/** The reports of the demo inspections are generated once at a local start (rolled back at the end). */
@Transactional
class InspectionsDemonstrationTest extends TestIntegration {

    @Autowired
    GestionInspections gestion;

    @Autowired
    Documents documents;

    @Autowired
    TransactionTemplate transaction;

    @Test
    @Sql({"/db/demo/R__donnees_demo.sql", "/db/demo/R__inspections_demo.sql"})
    void unRapportPourChaqueInspectionDontLeRapportEstEnvoye() {
        InspectionsDemonstration demo = new InspectionsDemonstration(jdbc, gestion, documents, transaction);
        demo.auDemarrage();
        demo.auDemarrage();
        assertThat(jdbc.sql("""
                select i.statut from inspection i join document d on d.id = i.rapport_document_id
                where i.synthese like 'Démo – %' and d.categorie = 'INSPECTION_RAPPORT'
                  and d.rattachement_type = 'inspection' and d.rattachement_id = i.id order by i.statut""")
                .query(String.class).list()).containsExactly("CLOTUREE", "RAPPORT_ENVOYE");
        assertThat(jdbc.sql("select count(*) from document where categorie = 'INSPECTION_RAPPORT' and nom like 'rapport-inspection-%'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }
}
