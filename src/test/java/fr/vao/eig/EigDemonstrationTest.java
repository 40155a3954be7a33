package fr.vao.eig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.sejour.DeclarationsPourEig;
import fr.vao.support.TestIntegration;

/** The demo EIG of the local run: one in each state, encrypted, written once. */
class EigDemonstrationTest extends TestIntegration {

    @Autowired
    Eigs eigs;

    @Autowired
    DeclarationsPourEig sejours;

    @Autowired
    TransactionTemplate transaction;

    @Test
    @Sql("/db/demo/R__donnees_demo.sql")
    void unEigDansChaqueEtat() {
        EigDemonstration demo = new EigDemonstration(jdbc, eigs, sejours, transaction);
        assertThat((Integer) transaction.execute(s -> demo.creer())).isEqualTo(4);
        assertThat(jdbc.sql("""
                select string_agg(e.statut || ':' || e.lu_ddets || ':' || e.lu_dreets, ',' order by e.id) from eig e
                join organisme o on o.id = e.organisme_id where o.siret = '73282932000074'""").query(String.class)
                .single()).isEqualTo("BROUILLON:false:false,ENVOYE:false:false,ENVOYE:true:false,LU:true:true");
        assertThat(jdbc.sql("""
                select count(*) from eig e join organisme o on o.id = e.organisme_id
                where o.siret = '73282932000074' and deroulement like 'test:%'""").query(Integer.class).single())
                .isEqualTo(4);
        assertThat((Integer) transaction.execute(s -> demo.creer())).as("once").isZero();
    }
}
