package fr.vao.plateforme.observabilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.Documents;
import fr.vao.plateforme.taches.ExecutionsTaches;
import fr.vao.support.Connectes;
import fr.vao.support.Prometheus;
import fr.vao.support.TestIntegration;

/**
 * The request id (header, MDC, log lines, error page) on every kind of request, the job-run id, and the business
 * counters of the document and login paths as {@code /actuator/prometheus} shows them.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabiliteTest extends TestIntegration {

    @Autowired
    fr.vao.territoire.Adresses adresses;

    private static final Logger LOG = LoggerFactory.getLogger(ObservabiliteTest.class);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @LocalServerPort
    int port;

    @Autowired
    ExecutionsTaches executions;

    @Autowired
    Documents documents;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor executeur;

    private String identifiant(String chemin) throws Exception {
        MvcResult r = mvc.perform(get(chemin)).andReturn();
        assertThat(r.getResponse().getStatus()).as(chemin).isLessThan(400);
        return r.getResponse().getHeader(IdentifiantRequete.ENTETE);
    }

    @Test
    void chaqueReponsePorteUnIdentifiantDeRequeteNeuf() throws Exception {
        String page = identifiant("/connexion");
        assertThat(page).as("une page").matches(UUID);
        assertThat(identifiant("/api/v1/health")).as("l'API").matches(UUID);
        assertThat(identifiant("/js/vao.js")).as("une ressource statique").matches(UUID);
        assertThat(identifiant("/actuator/health/liveness")).as("une sonde").matches(UUID);
        assertThat(identifiant("/connexion")).as("un par requête").isNotEqualTo(page);
    }

    @Test
    void unIdentifiantEntrantSurEstRepris() throws Exception {
        String id = mvc.perform(get("/api/v1/health").header(IdentifiantRequete.ENTETE, "proxy-1a2B.3_c"))
                .andReturn().getResponse().getHeader(IdentifiantRequete.ENTETE);
        assertThat(id).isEqualTo("proxy-1a2B.3_c");
    }

    @Test
    void lIdentifiantSuitLesAppelsAuxApiExternes() throws Exception {
        // an earlier test of an API Adresse outage may have left its circuit open
        java.lang.reflect.Method circuit = fr.vao.territoire.Adresses.class.getDeclaredMethod("circuit");
        circuit.setAccessible(true);
        ((io.github.resilience4j.circuitbreaker.CircuitBreaker) circuit.invoke(adresses)).reset();
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/ban/search/"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"features\":[]}")));
        String id = "trace-" + System.nanoTime();
        mvc.perform(get("/adresses/suggestions").param("q", "10 rue de la Paix")
                .header(IdentifiantRequete.ENTETE, id).with(Connectes.en(Connectes.organisateur(7901, "IDF"))));
        API.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/ban/search/"))
                .withHeader(IdentifiantRequete.ENTETE,
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(id)));
    }

    @Test
    void unIdentifiantEntrantDangereuxEstRemplace() throws Exception {
        for (String dangereux : new String[] {"a".repeat(65), "abc\r\nX-Injecte: 1", "abc def", "<script>", ""}) {
            String id = mvc.perform(get("/connexion").header(IdentifiantRequete.ENTETE, dangereux))
                    .andReturn().getResponse().getHeader(IdentifiantRequete.ENTETE);
            assertThat(id).as(dangereux).matches(UUID);
        }
        assertThat(IdentifiantRequete.choisir("a".repeat(64))).isEqualTo("a".repeat(64));
    }

    @Test
    void laPageDErreurDuServeurAfficheLIdentifiantARappeler() throws Exception {
        // through Tomcat, for its error dispatch (MockMvc does not render error pages)
        HttpResponse<String> reponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/connexion/page-inexistante"))
                .header("Accept", "text/html").header(IdentifiantRequete.ENTETE, "support-42").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isEqualTo(404);
        assertThat(reponse.headers().firstValue(IdentifiantRequete.ENTETE)).hasValue("support-42");
        assertThat(reponse.body()).contains("Page non trouvée")
                .contains("Référence à communiquer à l’assistance : support-42");
    }

    @Test
    void lesLignesDeJournalPortentLIdentifiantDeLaRequetePuisPlusRien(CapturedOutput sortie) throws Exception {
        MockHttpServletRequest requete = new MockHttpServletRequest("GET", "/connexion");
        requete.addHeader(IdentifiantRequete.ENTETE, "journal-7");
        new IdentifiantRequete().doFilter(requete, new MockHttpServletResponse(),
                (rq, rs) -> LOG.warn("pendant la requête"));
        LOG.warn("après la requête");
        assertThat(sortie.getOut()).containsPattern("\\[journal-7\\] .*ObservabiliteTest *: pendant la requête")
                .containsPattern("\\[\\] .*ObservabiliteTest *: après la requête");
    }

    @Test
    void lesEcouteursAsynchronesGardentLIdentifiantDeLaRequete() throws Exception {
        // the executor of the @ApplicationModuleListeners (audit log, mails after commit)
        CompletableFuture<String> vu = new CompletableFuture<>();
        try (IdentifiantRequete.Portee portee = IdentifiantRequete.sous("async-3")) {
            executeur.execute(() -> vu.complete(MDC.get(IdentifiantRequete.MDC)));
        }
        assertThat(vu.get(10, TimeUnit.SECONDS)).isEqualTo("async-3");
        CompletableFuture<String> ensuite = new CompletableFuture<>();
        executeur.execute(() -> ensuite.complete(String.valueOf(MDC.get(IdentifiantRequete.MDC))));
        assertThat(ensuite.get(10, TimeUnit.SECONDS)).as("rien ne reste sur le fil réutilisé").isEqualTo("null");
    }

    @Test
    void enJsonChaqueLignePorteAussiLIdentifiant() {
        // what VAO_LOGS_FORMAT=ecs (or logstash) selects: Boot's encoder, the MDC as fields
        for (String format : new String[] {"ecs", "logstash"}) {
            StructuredLogEncoder encodeur = new StructuredLogEncoder();
            encodeur.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            encodeur.setFormat(format);
            encodeur.start();
            MDC.put(IdentifiantRequete.MDC, "json-9");
            try {
                LoggingEvent ligne = new LoggingEvent(ObservabiliteTest.class.getName(),
                        (ch.qos.logback.classic.Logger) LOG, Level.WARN, "en JSON", null, null);
                assertThat(new String(encodeur.encode(ligne), StandardCharsets.UTF_8)).as(format)
                        .startsWith("{").contains("\"requestId\":\"json-9\"").contains("en JSON");
            } finally {
                MDC.remove(IdentifiantRequete.MDC);
                encodeur.stop();
            }
        }
    }

    @Test
    void lesLignesDUneTachePortentLIdentifiantDeSonExecution(CapturedOutput sortie) {
        executions.executer("TEST_OBSERVABILITE", rapport -> LOG.warn("dans la tâche"));
        long id = jdbc.sql("select max(id) from execution_tache where tache = 'TEST_OBSERVABILITE'")
                .query(Long.class).single();
        assertThat(sortie.getOut()).containsPattern("\\[tache-" + id + "\\] .*: dans la tâche")
                .containsPattern("\\[tache-" + id + "\\] .*Tâche TEST_OBSERVABILITE : SUCCES");
    }

    @Test
    void lesDepotsRefusesSontComptesParMotif() throws Exception {
        double vides = Prometheus.valeur(mvc, "vao_documents_refuses_total", "motif", "vide");
        double types = Prometheus.valeur(mvc, "vao_documents_refuses_total", "motif", "type_non_accepte");
        for (byte[] contenu : new byte[][] {new byte[0], "pas un PDF".getBytes()}) {
            try {
                documents.deposer(new Depot("f.pdf", contenu, Categorie.HEBERGEMENT_ERP,
                        Connectes.organisateur(900_101, "IDF")));
                throw new AssertionError("refus attendu");
            } catch (DocumentRefuseException attendu) {
                // counted
            }
        }
        assertThat(Prometheus.valeur(mvc, "vao_documents_refuses_total", "motif", "vide")).isEqualTo(vides + 1);
        assertThat(Prometheus.valeur(mvc, "vao_documents_refuses_total", "motif", "type_non_accepte"))
                .isEqualTo(types + 1);
        assertThat(prometheus()).as("chaque motif existe dès le démarrage").contains("vao_documents_refuses_total{motif=\"antivirus_indisponible\"}");
    }

    @Test
    void lesConnexionsRefuseesSontCompteesParPortail() throws Exception {
        double avant = Prometheus.valeur(mvc, "vao_connexions_total", "portail", "BO", "resultat", "identifiants");
        mvc.perform(post("/bo/connexion").with(csrf()).param("email", "inconnu-metriques@vao.test")
                .param("motDePasse", "mauvais"));
        assertThat(Prometheus.valeur(mvc, "vao_connexions_total", "portail", "BO", "resultat", "identifiants"))
                .isEqualTo(avant + 1);
        assertThat(prometheus()).contains("vao_connexions_total{portail=\"FO\",resultat=\"reussie\"}");
    }

    private String prometheus() throws Exception {
        return mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
    }
}
