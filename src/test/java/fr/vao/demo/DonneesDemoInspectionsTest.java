package fr.vao.demo;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The demo inspections (R__inspections_demo.sql) load after the main demo data, twice without duplicates: one in each
 * state and an open injunction, seen by the DDETS 75 in its list; rolled back at the end.
 */
@Transactional
class DonneesDemoInspectionsTest extends TestIntegration {

    @Test
    @Sql({"/db/demo/R__donnees_demo.sql", "/db/demo/R__inspections_demo.sql", "/db/demo/R__donnees_demo.sql",
            "/db/demo/R__inspections_demo.sql"})
    void uneInspectionDansChaqueEtatEtUneInjonctionOuverte() throws Exception {
        assertThat(jdbc.sql("select statut from inspection where synthese like 'Démo – %' order by statut")
                .query(String.class).list()).containsExactly("ANNULEE", "CLOTUREE", "PLANIFIEE", "RAPPORT_ENVOYE",
                        "REALISEE");
        assertThat(jdbc.sql("""
                select count(*) from injonction j join inspection i on i.id = j.inspection_id
                where j.statut = 'OUVERTE' and i.synthese like 'Démo – %'""").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from agent_role r join agent a on a.id = r.agent_id
                where r.role = 'Controle' and a.email in ('ddets-75@vao.test', 'dreets-idf@vao.test')""")
                .query(Integer.class).single()).isEqualTo(2);
        long agent = jdbc.sql("select id from agent where email = 'ddets-75@vao.test'").query(Long.class).single();
        String liste = mvc.perform(get("/bo/controles/inspections").with(en(Connectes.agent(agent, "75", "DEP",
                "Controle")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(liste).contains("Démo – Séjour en cours : Normandie", "Rapport envoyé");
    }
}
