package fr.vao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.support.TestIntegration;

/**
 * The demo data of the local run (src/test/resources/db/demo) loads on the real schema, twice (Flyway re-runs it
 * when it changes), inside a transaction rolled back at the end so that no other test sees it.
 */
@Transactional
class DonneesDemoTest extends TestIntegration {

    @Test
    @Sql({"/db/demo/R__donnees_demo.sql", "/db/demo/R__donnees_demo.sql"})
    void lesDonneesDeDemonstrationSeChargentEtSeRechargentSansDoublon() {
        assertThat(jdbc.sql("""
                select o.type || '|' || o.complet || '|' || o.porteur_agrement || '|' || coalesce(a.region_obtention, '-')
                from organisme o left join agrement a on a.organisme_id = o.id and a.statut = 'VALIDE'
                where o.siret in ('73282932000074', '73282932000140', '81234567800070', '44556677800020')
                order by o.siret""").query(String.class).list())
                .containsExactly("PERSONNE_MORALE|true|true|-",
                        "PERSONNE_MORALE|true|true|IDF", "PERSONNE_MORALE|true|false|-",
                        "PERSONNE_PHYSIQUE|true|true|PDL");
        assertThat(jdbc.sql("""
                select count(*) from organisme_etablissement e join organisme o on o.id = e.organisme_id
                where o.siret = '73282932000074' and e.autorise""").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from organisme_membre m join organisateur u on u.id = m.organisateur_id
                where u.email in ('orga-alpha@vao.test', 'orga-alpha-92@vao.test', 'orga-physique@vao.test',
                                  'orga-rhone@vao.test')""").query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                select string_agg(departement, ',' order by departement) from hebergement
                where hebergement_id in ('6f1c2d3e-0000-4000-8000-000000000075', '6f1c2d3e-0000-4000-8000-000000000092')
                  and courante and statut = 'actif'""").query(String.class).single()).isEqualTo("75,92");
    }
}
