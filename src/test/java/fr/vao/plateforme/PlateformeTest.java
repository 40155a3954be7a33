package fr.vao.plateforme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import fr.vao.support.TestIntegration;

class PlateformeTest extends TestIntegration {

    @Test
    void laPageDAccueilDuPortailOrganisateurEstPubliqueEtProtegeeParLesEntetes() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Portail VAO")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void lesRessourcesStatiquesOntDesAdressesVersionneesMisesEnCacheUnAn() throws Exception {
        String page = mvc.perform(get("/cgu")).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/dsfr/dsfr\\.min-[0-9a-f]{32}\\.css)\"")
                .matcher(page);
        assertThat(css.find()).as("versioned DSFR stylesheet in %s", page).isTrue();
        mvc.perform(get(css.group(1))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("Cache-Control", containsString("public")));
    }

    @Test
    void unVisiteurAnonymeEstEnvoyeALaBonnePageDeConnexion() throws Exception {
        mvc.perform(get("/bo")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/bo/connexion"));
        mvc.perform(get("/bo/agents")).andExpect(redirectedUrl("/bo/connexion"));
        mvc.perform(get("/mon-compte")).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void unFormulaireSansJetonCsrfEstRefuse() throws Exception {
        mvc.perform(post("/connexion").param("email", "x@y.fr")).andExpect(status().isForbidden());
    }

    @Test
    void lesSondesDeSanteEtLesMetriquesSontExposeesEtRienDAutre() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection()); // not exposed: a plain protected page
    }

    @Test
    void les124TerritoiresEtLeursFichesSontCharges() {
        assertThat(jdbc.sql("select count(*) from territoire").query(Integer.class).single()).isEqualTo(124);
        assertThat(jdbc.sql("select count(*) from fiche_territoire").query(Integer.class).single()).isEqualTo(124);
    }
}
