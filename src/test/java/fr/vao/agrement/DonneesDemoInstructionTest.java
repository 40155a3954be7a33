package fr.vao.agrement;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The demo conversations of the agrément requests (R__donnees_demo_instruction.sql) load after the other demo data,
 * twice, in a transaction rolled back at the end: one unread by the DREETS, one answered, as the DREETS sees them.
 */
@Transactional
class DonneesDemoInstructionTest extends TestIntegration {

    @Test
    @Sql({"/db/demo/R__donnees_demo.sql", "/db/demo/R__donnees_demo_agrements.sql",
        "/db/demo/R__donnees_demo_instruction.sql", "/db/demo/R__donnees_demo.sql",
        "/db/demo/R__donnees_demo_agrements.sql", "/db/demo/R__donnees_demo_instruction.sql"})
    void uneConversationNonLueEtUneRepondue() throws Exception {
        assertThat(jdbc.sql("""
                select string_agg(o.siret || ':' || f.nombre || ':' || f.etat_agent, ',' order by o.siret)
                from fil_message f join agrement a on a.id = f.fil_id join organisme o on o.id = a.organisme_id
                where f.fil_type = 'agrement'""").query(String.class).single())
                .isEqualTo("91100004000004:2:3,91100005700008:1:1");
        String liste = mvc.perform(get("/bo/agrements").with(en(Connectes.agent(
                jdbc.sql("select id from agent where email = 'dreets-idf@vao.test'").query(Long.class).single(),
                "IDF", "REG")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(liste).contains("CAP SUR LES VACANCES", "Non lu : 1", "Répondu");
    }
}
