package fr.vao.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
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
@Import(TestIntegration.Config.class)
public abstract class TestIntegration {

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

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        HorlogeReglable horlogeReglable() {
            return new HorlogeReglable();
        }
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

    @AfterEach
    void reinitialiserHorloge() {
        horloge.reinitialiser();
    }
}
