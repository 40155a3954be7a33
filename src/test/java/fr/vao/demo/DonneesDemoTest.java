package fr.vao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import static fr.vao.support.Connectes.en;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.support.Connectes;
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
        // one déclaration of Alpha in each of the 15 statuses, numbered once submitted, seen by the DDETS 75
        assertThat(jdbc.sql("""
                select count(distinct d.statut) || '|' || count(*) || '|' || count(d.numero) || '|'
                       || count(distinct h.declaration_id) || '|' || count(distinct v.declaration_id)
                from declaration_sejour d join organisme o on o.id = d.organisme_id and o.siret = '73282932000074'
                left join declaration_hebergement h on h.declaration_id = d.id
                left join declaration_visibilite v on v.declaration_id = d.id and v.territoire = '75'
                where d.libelle like 'Démo – %'""").query(String.class).single()).isEqualTo("15|15|14|15|14");
        // three conversations, one in each state the DDETS sees: NON LU (1), LU (2), REPONDU (3)
        assertThat(jdbc.sql("""
                select string_agg(f.etat_agent::text, ',' order by f.etat_agent) from fil_message f
                join declaration_sejour d on d.id = f.fil_id and f.fil_type = 'declaration'
                where d.libelle like 'Démo – %'""").query(String.class).single()).isEqualTo("1,2,3");
    }

    @Test
    @Sql("/db/demo/R__donnees_demo.sql")
    void lesDeclarationsDeDemonstrationSOuvrentDansLesDeuxPortails() throws Exception {
        long id = jdbc.sql("select id from declaration_sejour where libelle like 'Démo – Transmise :%'")
                .query(Long.class).single();
        long agent = jdbc.sql("select id from agent where email = 'ddets-75@vao.test'").query(Long.class).single();
        long organisateur = jdbc.sql("select id from organisateur where email = 'orga-alpha@vao.test'")
                .query(Long.class).single();
        mvc.perform(get("/bo/sejours/" + id).with(en(Connectes.agent(agent, "75", "DEP",
                "DemandeSejour_Ecriture")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prendre en charge")));
        mvc.perform(get("/sejours/" + id + "/synthese").with(en(Connectes.organisateur(organisateur, "IDF"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("bord de mer")));
    }
}
