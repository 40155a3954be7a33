package fr.vao.entreprise;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import fr.vao.plateforme.observabilite.IdentifiantRequete;

/**
 * What the registry adapters share (ADR 0010): an HTTP client with connect and read timeouts, one retry after a short
 * pause on a {@link Panne} (not after a timeout), and a circuit breaker that stops calling a registry failing half of
 * the time for 30 seconds. {@link #appeler} never throws: every failure becomes the caller's "unavailable" answer.
 */
final class Resilience {

    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);
    static final Duration PAUSE_REESSAI = Duration.ofMillis(200);

    private final String nomApi;
    private final CircuitBreaker circuit;
    private final Retry reessai;

    Resilience(String nom, String nomApi, int appelsMinimum, Duration pauseReessai) {
        this.nomApi = nomApi;
        this.circuit = CircuitBreaker.of(nom, CircuitBreakerConfig.custom()
                .failureRateThreshold(50)
                .slidingWindowSize(Math.max(10, appelsMinimum))
                .minimumNumberOfCalls(appelsMinimum)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(e -> e instanceof Panne)
                .build());
        this.reessai = Retry.of(nom, RetryConfig.custom()
                .maxAttempts(2)
                .waitDuration(pauseReessai)
                .retryOnException(e -> e instanceof Panne panne && panne.aReessayer())
                .build());
    }

    /** A client of {@code url}, or null when the URL is blank (the registry is not configured). */
    static RestClient client(String url, Duration delaiConnexion, Duration delaiLecture) {
        if (url == null || url.isBlank()) {
            return null;
        }
        SimpleClientHttpRequestFactory fabrique = new SimpleClientHttpRequestFactory();
        fabrique.setConnectTimeout(delaiConnexion);
        fabrique.setReadTimeout(delaiLecture);
        return RestClient.builder().baseUrl(url.strip()).requestFactory(fabrique)
                .requestInterceptor(IdentifiantRequete.sortant()).build();
    }

    /** True on 2xx; a Panne (retried, counted by the circuit) on 5xx and 429; false on another status. */
    static boolean reussi(HttpStatusCode statut) {
        if (statut.is5xxServerError() || statut.value() == 429) {
            throw new Panne("HTTP " + statut.value(), null);
        }
        return statut.is2xxSuccessful();
    }

    CircuitBreaker circuit() {
        return circuit;
    }

    /** Runs the call (retried once on a Panne) through the circuit breaker; any failure gives {@code indisponible}. */
    <T> T appeler(Supplier<T> appel, Function<String, T> indisponible) {
        try {
            return circuit.executeSupplier(Retry.decorateSupplier(reessai, () -> traduire(appel)));
        } catch (CallNotPermittedException e) {
            return indisponible.apply(nomApi + " suspendue (circuit ouvert)");
        } catch (Panne e) {
            LOG.warn("{} indisponible : {}", nomApi, e.getMessage());
            return indisponible.apply(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Réponse inattendue de l'{}", nomApi, e);
            return indisponible.apply(e.getClass().getSimpleName());
        }
    }

    /** Turns the client's I/O and decoding errors into a Panne, so that they are retried and counted. */
    private static <T> T traduire(Supplier<T> appel) {
        try {
            return appel.get();
        } catch (RestClientException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw new Panne(cause.getClass().getSimpleName() + " : " + cause.getMessage(), e,
                        cause instanceof SocketTimeoutException);
            }
            throw new Panne(e.getMessage(), e);
        }
    }
}
