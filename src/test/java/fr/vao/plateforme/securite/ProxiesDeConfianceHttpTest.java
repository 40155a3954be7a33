package fr.vao.plateforme.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import fr.vao.support.TestIntegration;

/**
 * Trusted proxies through the real Tomcat (MockMvc bypasses its valves): from the loopback, the only proxy trusted in
 * the tests as by default, X-Forwarded-For gives the client the per-address limits count; from any other peer the
 * running server's valve ignores the headers.
 */
class ProxiesDeConfianceHttpTest extends TestIntegration {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext contexte;

    private record Reponse(int statut, HttpHeaders entetes, String corps) {
    }

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(
                        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
                .build();
    }

    private static String adresseAuHasard() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.18." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private Reponse page(String transmis, String protocole) {
        return client().get().uri("/mot-de-passe-oublie").header("X-Forwarded-For", transmis)
                .header("X-Forwarded-Proto", protocole)
                .exchange((requete, reponse) -> new Reponse(reponse.getStatusCode().value(), reponse.getHeaders(),
                        StreamUtils.copyToString(reponse.getBody(), StandardCharsets.UTF_8)));
    }

    /** A forgotten-password request, with the session and CSRF token of a page fetched just before. */
    private int demander(String transmis) {
        Reponse page = page(transmis, "http");
        Matcher jeton = CSRF.matcher(page.corps());
        assertThat(jeton.find()).isTrue();
        String session = page.entetes().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        MultiValueMap<String, String> formulaire = new LinkedMultiValueMap<>();
        formulaire.add("_csrf", jeton.group(1));
        formulaire.add("email", "personne-" + ThreadLocalRandom.current().nextInt() + "@proxies.test");
        return client().post().uri("/mot-de-passe-oublie").header("X-Forwarded-For", transmis)
                .header(HttpHeaders.COOKIE, session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(formulaire).exchange((requete, reponse) -> reponse.getStatusCode().value());
    }

    private int compteur(String adresse) {
        return jdbc.sql("select coalesce(sum(compte), 0) from limite_debit where cle = :cle")
                .param("cle", "adresse:mot-de-passe:" + adresse).query(Integer.class).single();
    }

    @Test
    void derriereLeProxyDeConfianceChaqueClientEstCompteAPart() {
        String premier = adresseAuHasard();
        String second = adresseAuHasard();
        for (int i = 0; i < 5; i++) {
            assertThat(demander(premier)).isEqualTo(302);
        }
        assertThat(demander(premier)).isEqualTo(429);
        // the other client behind the same proxy is still served
        assertThat(demander(second)).isEqualTo(302);
        // a client forging the header only adds an entry on the left: the proxy's entry, on the right, counts
        assertThat(demander("203.0.113.66, " + second)).isEqualTo(302);
        assertThat(compteur(premier)).isEqualTo(6);
        assertThat(compteur(second)).isEqualTo(2);
        assertThat(compteur("203.0.113.66")).isZero();
        assertThat(compteur("127.0.0.1")).isZero();
    }

    @Test
    void leProtocoleTransmisParLeProxyRendLeCookieDeSessionSecure() {
        assertThat(page(adresseAuHasard(), "https").entetes().getFirst(HttpHeaders.SET_COOKIE)).contains("Secure");
        assertThat(page(adresseAuHasard(), "http").entetes().getFirst(HttpHeaders.SET_COOKIE))
                .doesNotContain("Secure");
    }

    /** What the application would see: the request as the next valve gets it. */
    private record Vu(String adresse, String schema, boolean secure) {
    }

    private Vu traverser(String pair) throws IOException, ServletException {
        RemoteIpValve valve = Arrays.stream(((TomcatWebServer) contexte.getWebServer()).getTomcat().getEngine()
                .getPipeline().getValves()).filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .findFirst().orElseThrow();
        Vu[] vu = new Vu[1];
        Valve suivante = new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                vu[0] = new Vu(request.getRemoteAddr(), request.getScheme(), request.isSecure());
            }
        };
        // a copy configured like the server's own valve (which already has a successor)
        RemoteIpValve copie = new RemoteIpValve();
        copie.setInternalProxies(valve.getInternalProxies());
        copie.setTrustedProxies(valve.getTrustedProxies());
        copie.setRemoteIpHeader(valve.getRemoteIpHeader());
        copie.setProtocolHeader(valve.getProtocolHeader());
        copie.setProtocolHeaderHttpsValue(valve.getProtocolHeaderHttpsValue());
        copie.setNext(suivante);
        org.apache.coyote.Request coyote = new org.apache.coyote.Request();
        coyote.scheme().setString("http");
        coyote.getMimeHeaders().addValue("X-Forwarded-For").setString("203.0.113.66");
        coyote.getMimeHeaders().addValue("X-Forwarded-Proto").setString("https");
        Request request = new Request(new Connector(), coyote);
        request.setRemoteAddr(pair);
        copie.invoke(request, null);
        return vu[0];
    }

    @Test
    void laValveDuServeurIgnoreLesEntetesDUnPairQuiNEstPasUnProxyDeConfiance() throws Exception {
        assertThat(traverser("127.0.0.1")).isEqualTo(new Vu("203.0.113.66", "https", true));
        // neither any address nor a private one, which Boot's default would trust
        for (String pair : List.of("192.0.2.10", "10.0.0.5", "172.16.3.4", "192.168.1.1")) {
            assertThat(traverser(pair)).as(pair).isEqualTo(new Vu(pair, "http", false));
        }
    }
}
