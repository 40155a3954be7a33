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
 * The demo of the "Organisme non agréé" alert (R__organismes_non_agrees_demo.sql, ADR 0022) loads after the main demo
 * data, twice without duplicates, and the DDETS 69 sees the alert on Loisirs Rhône Solidaires' déclaration; rolled
 * back at the end.
 */
@Transactional
class DonneesDemoNonAgreesTest extends TestIntegration {

    @Test
    @Sql({"/db/demo/R__donnees_demo.sql", "/db/demo/R__organismes_non_agrees_demo.sql",
            "/db/demo/R__donnees_demo.sql", "/db/demo/R__organismes_non_agrees_demo.sql"})
    void laDeclarationDeDemonstrationDUnOrganismeNonAgreeMontreLAlerte() throws Exception {
        Long id = jdbc.sql("select id from declaration_sejour where libelle = 'Démo – Organisme non agréé : lac d''Annecy'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from organisme_non_agree where siret = '44556677800020'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select territoire from declaration_visibilite where declaration_id = :id order by 1")
                .param("id", id).query(String.class).list()).containsExactly("69", "AURA", "FRA");
        String detail = mvc.perform(get("/bo/sejours/" + id).with(en(Connectes.agent(990_069, "69", "DEP",
                "DemandeSejour_Ecriture")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("Organisme non agréé : LOISIRS RHONE SOLIDAIRES n’est plus agréé depuis le",
                "pour la raison suivante : Retrait.");
    }
}
