package fr.vao.territoire;

import static fr.vao.compte.agent.FixturesAgents.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.vao.support.TestIntegration;

class TerritoiresWebTest extends TestIntegration {

    @Autowired
    Territoires territoires;

    private int version(String code) {
        return jdbc.sql("select version from fiche_territoire where territoire_code = :c").param("c", code)
                .query(Integer.class).single();
    }

    private MockHttpServletRequestBuilder modification(String code, RequestPostProcessor qui, String email) {
        return post("/bo/territoires/" + code + "/modifier").with(csrf()).with(qui).param("serviceEmail", email)
                .param("serviceTelephone", "01 40 00 00 00").param("correspondantNom", "Dupont")
                .param("correspondantPrenom", "Anne").param("version", String.valueOf(version(code)));
    }

    @Test
    void toutAgentVoitLaListeFiltreeDesTerritoires() throws Exception {
        var lecteur = agent(jdbc, "lect", "75", "DEP", "DemandeSejour_Lecture", "eig");
        mvc.perform(get("/bo/territoires").with(lecteur.requete())).andExpect(status().isOk())
                .andExpect(content().string(containsString("124 territoires")))
                .andExpect(content().string(containsString("fr-pagination")))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")));
        String html = mvc.perform(get("/bo/territoires").param("q", "savoie").param("niveau", "DEP")
                .with(lecteur.requete())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("2 territoires").contains("Haute-Savoie").contains("Auvergne-Rhône-Alpes");
        mvc.perform(get("/bo/territoires").param("q", "%_'<script>" + "x".repeat(3000)).param("page", "-4")
                .param("tri", "1;drop").with(lecteur.requete())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun territoire")));
        mvc.perform(get("/bo/territoires/ZZZ").with(lecteur.requete())).andExpect(status().isNotFound());
    }

    @Test
    void unAgentNationalModifieToutesLesFiches() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "eig");
        mvc.perform(modification("974", nat.requete(), "DDETS-974@Vao.Test")).andExpect(status().is3xxRedirection());
        assertThat(territoires.serviceEmail("974")).contains("ddets-974@vao.test");
        assertThat(jdbc.sql("select service_telephone from fiche_territoire where territoire_code = '974'")
                .query(String.class).single()).isEqualTo("0140000000");
        mvc.perform(get("/bo/territoires/974").with(nat.requete())).andExpect(status().isOk())
                .andExpect(content().string(containsString("ddets-974@vao.test")))
                .andExpect(content().string(containsString("/bo/territoires/974/modifier")));
    }

    @Test
    void unAgentRegionalModifieSaRegionEtSesDepartementsPasLesAutres() throws Exception {
        var reg = agent(jdbc, "reg", "BRE", "REG", "eig");
        mvc.perform(modification("BRE", reg.requete(), "dreets-bre@vao.test")).andExpect(status().is3xxRedirection());
        mvc.perform(modification("29", reg.requete(), "ddets-29@vao.test")).andExpect(status().is3xxRedirection());
        assertThat(territoires.serviceEmail("29")).contains("ddets-29@vao.test");
        mvc.perform(modification("NOR", reg.requete(), "pirate@vao.test")).andExpect(status().isForbidden());
        mvc.perform(modification("14", reg.requete(), "pirate@vao.test")).andExpect(status().isForbidden());
        mvc.perform(modification("FRA", reg.requete(), "pirate@vao.test")).andExpect(status().isForbidden());
        mvc.perform(get("/bo/territoires/14/modifier").with(reg.requete())).andExpect(status().isForbidden());
        mvc.perform(get("/bo/territoires/14").with(reg.requete())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/bo/territoires/14/modifier"))));
        assertThat(territoires.serviceEmail("14")).isNotEqualTo(java.util.Optional.of("pirate@vao.test"));
    }

    @Test
    void unAgentDepartementalNeModifieQueSonDepartement() throws Exception {
        var dep = agent(jdbc, "dep", "35", "DEP", "eig");
        mvc.perform(modification("35", dep.requete(), "ddets-35@vao.test")).andExpect(status().is3xxRedirection());
        mvc.perform(modification("BRE", dep.requete(), "pirate@vao.test")).andExpect(status().isForbidden());
        mvc.perform(modification("22", dep.requete(), "pirate@vao.test")).andExpect(status().isForbidden());
        assertThat(territoires.serviceEmail("35")).contains("ddets-35@vao.test");
    }

    @Test
    void laSaisieEstValideeEtLesModificationsConcurrentesDetectees() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "eig");
        String html = mvc.perform(post("/bo/territoires/976/modifier").with(csrf()).with(nat.requete())
                .param("serviceEmail", "pas une adresse").param("serviceTelephone", "12")
                .param("correspondantNom", "x".repeat(300)).param("correspondantPrenom", "<b>")
                .param("version", String.valueOf(version("976")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Saisissez une adresse courriel valide").contains("Saisissez un numéro de téléphone")
                .contains("Saisissez 100 caractères au plus.").contains("Saisissez un prénom composé de lettres");
        int v = version("976");
        mvc.perform(modification("976", nat.requete(), "a@vao.test")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/bo/territoires/976/modifier").with(csrf()).with(nat.requete())
                .param("serviceEmail", "b@vao.test").param("version", String.valueOf(v)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("modifiée par quelqu’un d’autre")));
        assertThat(territoires.serviceEmail("976")).contains("a@vao.test");
        // an empty e-mail is allowed and read back as absent
        mvc.perform(post("/bo/territoires/976/modifier").with(csrf()).with(nat.requete())
                .param("serviceEmail", "").param("version", String.valueOf(version("976"))))
                .andExpect(status().is3xxRedirection());
        assertThat(territoires.serviceEmail("976")).isEmpty();
        assertThat(territoires.serviceEmail("XYZ")).isEmpty();
    }
}
