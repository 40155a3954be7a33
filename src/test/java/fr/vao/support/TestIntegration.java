package fr.vao.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.vao.PostgresEmbarque;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Base of every integration test: one Spring context shared by all test classes, on a real PostgreSQL (embedded),
 * a real SMTP server (GreenMail) and a real HTTP peer for external APIs (WireMock). Time is {@link HorlogeReglable}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ConfigTests.class)
public abstract class TestIntegration {

    /** The password of the demo accounts and of the accounts the tests insert. */
    public static final String MOT_DE_PASSE_DEMO = "VaoDemo-2026!";
    /** Its bcrypt hash at cost 4, the tests' cost (application-test.properties), so that a login takes no time. */
    public static final String HASH_DEMO = "{bcrypt}$2a$04$8fXeEcoYhC.osGwrVzcEZep7K6by.X6pUBizKjW0iHvkiQch.CYVe";

    protected static final EmbeddedPostgres POSTGRES;
    protected static final GreenMail SMTP;
    protected static final WireMockServer API;

    static {
        try {
            POSTGRES = PostgresEmbarque.jetable();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SMTP.start();
        API = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        API.start();
        echauffer(API.baseUrl());
        SpringApplication.getShutdownHandlers().add(() -> {
            API.stop();
            SMTP.stop();
            try {
                POSTGRES.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The first request to a cold WireMock can be slow: answer it before any test measures a timeout. */
    private static void echauffer(String url) {
        try {
            java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/echauffement")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @DynamicPropertySource
    static void proprietes(DynamicPropertyRegistry registre) {
        registre.add("spring.datasource.url", () -> PostgresEmbarque.url(POSTGRES));
        registre.add("spring.datasource.username", () -> "postgres");
        registre.add("spring.datasource.password", () -> "");
        registre.add("spring.mail.host", () -> "127.0.0.1");
        registre.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registre.add("vao.test.api-url", API::baseUrl);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected HorlogeReglable horloge;

    @BeforeEach
    void reinitialiserPairs() {
        API.resetAll();
    }

    /** The antivirus (the WireMock HTTP scanner of application-test.properties) finds nothing in what it is sent. */
    protected static void antivirusSain() {
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/antivirus").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"success\":true,\"data\":{\"result\":[{\"name\":\"FILES\",\"is_infected\":false,\"viruses\":[]}]}}")));
    }

    @AfterEach
    void reinitialiserHorloge() {
        horloge.reinitialiser();
    }
}
