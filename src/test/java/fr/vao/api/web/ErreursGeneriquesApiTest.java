package fr.vao.api.web;

import static fr.vao.api.AppelsApi.bearer;
import static fr.vao.api.AppelsApi.depuis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.api.AppelsApi;
import fr.vao.api.JetonsApi;
import fr.vao.support.TestIntegration;

/** Every failure of the API is an application/problem+json in French, without a stack trace. */
class ErreursGeneriquesApiTest extends TestIntegration {

    @Autowired
    JetonsApi jetons;

    @LocalServerPort
    int port;

    String jeton;
    String adresse;

    @BeforeEach
    void jeton() {
        jeton = jetons.emettre(OrganismesAgrement.nouveau(jdbc, null).membre().id(), Duration.ofDays(1));
        adresse = AppelsApi.nouvelleAdresse();
    }

    @Test
    void validationCorpsIllisibleEtParametreMalForme400() throws Exception {
        probleme(appel(post("/api/v1/essais").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nom\": \" \", \"nombre\": 0}")), 400, "Requête invalide")
                .andExpect(jsonPath("$.detail").value(containsString("erreurs")))
                .andExpect(jsonPath("$.erreurs[?(@.champ == 'nom')].message").isNotEmpty())
                .andExpect(jsonPath("$.erreurs[?(@.champ == 'nombre')].message").isNotEmpty());
        probleme(appel(post("/api/v1/essais").contentType(MediaType.APPLICATION_JSON).content("{pas du json")),
                400, "Requête invalide")
                .andExpect(jsonPath("$.detail").value(containsString("JSON valide")));
        probleme(appel(get("/api/v1/essais/abc")), 400, "Requête invalide");
        appel(post("/api/v1/essais").contentType(MediaType.APPLICATION_JSON).content("{\"nom\":\"a\",\"nombre\":2}"))
                .andExpect(status().isOk());
    }

    @Test
    void methodeTypeDeContenuEtCheminInconnus() throws Exception {
        probleme(appel(put("/api/v1/essais")), 405, "Méthode non autorisée")
                .andExpect(header().string("Allow", containsString("POST")));
        probleme(appel(post("/api/v1/essais").contentType(MediaType.TEXT_PLAIN).content("x")), 415,
                "Format de la requête non pris en charge");
        probleme(appel(get("/api/v1/nulle-part")), 404, "Ressource introuvable");
    }

    @Test
    void refusEtPanneSansTraceDePile() throws Exception {
        // the title is the endpoints' advice's when it handles AccessDeniedException first
        probleme(appel(get("/api/v1/essais/refus")), 403, null);
        probleme(appel(get("/api/v1/essais/panne")), 500, "Erreur interne")
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at fr.vao"))));
    }

    /** Through the real server: its multipart parser refuses more than spring.servlet.multipart.max-file-size. */
    @Test
    void unFichierTropGros413() throws Exception {
        String limite = "----vao" + System.nanoTime();
        byte[] fichier = new byte[7 * 1024 * 1024];
        Arrays.fill(fichier, (byte) 'a');
        byte[] debut = ("--" + limite + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] fin = ("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] corps = new byte[debut.length + fichier.length + fin.length];
        System.arraycopy(debut, 0, corps, 0, debut.length);
        System.arraycopy(fichier, 0, corps, debut.length, fichier.length);
        System.arraycopy(fin, 0, corps, debut.length + fichier.length, fin.length);
        HttpResponse<String> reponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/essais/fichier"))
                .header("Authorization", "Bearer " + jeton)
                .header("Content-Type", "multipart/form-data; boundary=" + limite)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isEqualTo(413);
        assertThat(reponse.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reponse.body()).contains("Requête trop volumineuse").contains("\"status\":413");
    }

    private ResultActions appel(MockHttpServletRequestBuilder requete) throws Exception {
        return mvc.perform(requete.with(bearer(jeton)).with(depuis(adresse)));
    }

    private static ResultActions probleme(ResultActions reponse, int statut, String titre) throws Exception {
        return reponse.andExpect(status().is(statut))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(statut))
                .andExpect(titre == null ? jsonPath("$.title").isNotEmpty() : jsonPath("$.title").value(titre))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
