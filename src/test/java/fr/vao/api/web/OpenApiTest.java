package fr.vao.api.web;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.support.TestIntegration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document lists every route under /api/v1 (read from Spring MVC's mappings, so that each new endpoint
 * is covered) with the bearer scheme; Swagger UI answers without a token; nothing is served outside /api.
 */
class OpenApiTest extends TestIntegration {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Test
    void leDocumentListeChaqueRouteDeLApi() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode chemins = document.get("paths");
        List<String> manquants = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, methode) -> {
            if (methode.getBeanType().getPackageName().startsWith("org.springdoc")) {
                return; // the document and the UI themselves
            }
            for (String chemin : info.getPatternValues()) {
                if (!chemin.startsWith("/api/v1")) {
                    continue;
                }
                Set<RequestMethod> verbes = info.getMethodsCondition().getMethods();
                for (RequestMethod verbe : verbes.isEmpty() ? Set.of(RequestMethod.GET) : verbes) {
                    String route = verbe + " " + chemin;
                    routes.add(route);
                    JsonNode operation = chemins.path(chemin).path(verbe.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        manquants.add(route);
                    }
                }
            }
        });
        assertThat(routes).contains("GET /api/v1/health", "GET /api/v1/.well-known/jwks.json");
        assertThat(manquants).as("routes absentes du document OpenAPI").isEmpty();
        assertThat(chemins.properties().stream().map(e -> e.getKey()).toList())
                .allSatisfy(c -> assertThat(c).startsWith("/api/v1/"));
        assertThat(document.at("/components/securitySchemes/jeton/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/jeton/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.at("/info/description").asString()).contains("Mon compte");
        // the public operations need no token; the others say they may answer 401 and 429
        assertThat(document.at("/paths/~1api~1v1~1health/get/security").isArray()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1health/get/security").size()).isZero();
        assertThat(document.at("/paths/~1api~1v1~1health/get/responses/401").isMissingNode()).isTrue();
        chemins.properties().forEach(chemin -> chemin.getValue().properties().forEach(operation -> {
            JsonNode reponses = operation.getValue().path("responses");
            boolean publique = operation.getValue().path("security").isArray()
                    && operation.getValue().path("security").isEmpty();
            assertThat(reponses.has("500")).as(chemin.getKey()).isTrue();
            assertThat(reponses.has("401") && reponses.has("429")).as(chemin.getKey()).isEqualTo(!publique);
        }));
    }

    @Test
    void swaggerUiRepondSansJetonEtRienNEstServiHorsDeLApi() throws Exception {
        String ui = mvc.perform(get("/api/v1/docs")).andReturn().getResponse().getRedirectedUrl();
        assertThat(ui).isNotNull();
        String page = mvc.perform(get(ui)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("swagger-ui");
        String racine = ui.substring(0, ui.lastIndexOf('/') + 1);
        mvc.perform(get(racine + "swagger-initializer.js")).andExpect(status().isOk());
        mvc.perform(get(racine + "swagger-ui-bundle.js")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/openapi.json/swagger-config")).andExpect(status().isOk());

        var o = OrganismesAgrement.nouveau(jdbc, null);
        mvc.perform(get("/v3/api-docs").with(en(o.membre()))).andExpect(status().isNotFound());
        mvc.perform(get("/swagger-ui/index.html").with(en(o.membre()))).andExpect(status().isNotFound());
        mvc.perform(get("/swagger-ui.html").with(en(o.membre()))).andExpect(status().isNotFound());
    }
}
