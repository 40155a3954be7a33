package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.support.TestIntegration;

/**
 * The PDFs of the demo déclarations (local run): each submitted demo déclaration gets the documents its transitions
 * would have produced, once (rolled back: the demo data does not stay in the shared test database).
 */
@Transactional
class PdfsDemonstrationTest extends TestIntegration {

    @Autowired
    DocumentsDeclaration documents;

    @Autowired
    TransactionTemplate transaction;

    private String noms(String libelle) {
        return jdbc.sql("""
                select coalesce(string_agg(x.categorie, ',' order by x.categorie), '') from document x
                join declaration_sejour d on d.id = x.rattachement_id and x.rattachement_type = 'declaration'
                where d.libelle like :l""").param("l", libelle + "%").query(String.class).single();
    }

    @Test
    @Sql("/db/demo/R__donnees_demo.sql")
    void chaqueDeclarationDeDemonstrationTransmiseASesPdf() {
        PdfsDemonstration pdfs = new PdfsDemonstration(jdbc, documents, transaction);
        assertThat(pdfs.generer()).isGreaterThan(14);
        assertThat(noms("Démo – Brouillon")).isEmpty();
        assertThat(noms("Démo – Transmise :")).isEqualTo("DECLARATION_2_MOIS");
        assertThat(noms("Démo – En attente des 8 jours")).isEqualTo("AR_DECLARATION_2_MOIS,DECLARATION_2_MOIS");
        assertThat(noms("Démo – Validée")).isEqualTo(
                "AR_DECLARATION_2_MOIS,AR_DECLARATION_8_JOURS,DECLARATION_2_MOIS,DECLARATION_8_JOURS");
        assertThat(pdfs.generer()).as("once").isZero();
    }
}
