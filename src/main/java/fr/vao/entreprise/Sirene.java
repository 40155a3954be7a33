package fr.vao.entreprise;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * Adapter of the INSEE Sirene API (spec §7.1): {@code GET /siret/{siret}?date=}. The API being down must not stop
 * registrations (ADR 0004): every failure (not configured, timeout, 5xx, open circuit) is reported as
 * {@link Reponse.Indisponible}, never thrown. Timeouts: connect 2 s, read 5 s; a circuit breaker stops calling an
 * API that fails half of the time for 30 seconds.
 */
@Component
public class Sirene {

    private static final Logger LOG = LoggerFactory.getLogger(Sirene.class);
    static final String ENTETE_CLE = "X-INSEE-Api-Key-Integration";

    /** Outcome of a lookup. */
    public sealed interface Reponse {
        /** The establishment exists; {@code codeCommune} is its INSEE commune code (may be null). */
        record Trouve(String siret, String codeCommune, String denomination) implements Reponse {
        }

        /** INSEE does not know this SIRET. */
        record Inconnu() implements Reponse {
        }

        /** INSEE could not answer (not configured, unreachable, error, circuit open). */
        record Indisponible(String raison) implements Reponse {
        }
    }

    record ReponseInsee(Etablissement etablissement) {
        record Etablissement(String siret, String siren, Adresse adresseEtablissement, UniteLegale uniteLegale) {
        }

        record Adresse(String codeCommuneEtablissement) {
        }

        record UniteLegale(String denominationUniteLegale) {
        }
    }

    /** A failure that counts against the circuit breaker. */
    static final class Panne extends RuntimeException {
        Panne(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String url;
    private final String cle;
    private final RestClient client;
    private final CircuitBreaker circuit;

    Sirene(@Value("${vao.insee.url:}") String url, @Value("${vao.insee.cle:}") String cle,
            @Value("${vao.insee.delai-connexion:2s}") Duration delaiConnexion,
            @Value("${vao.insee.delai-lecture:5s}") Duration delaiLecture,
            @Value("${vao.insee.circuit.appels-minimum:5}") int appelsMinimum) {
        this.url = url == null ? "" : url.strip();
        this.cle = cle == null ? "" : cle.strip();
        SimpleClientHttpRequestFactory fabrique = new SimpleClientHttpRequestFactory();
        fabrique.setConnectTimeout(delaiConnexion);
        fabrique.setReadTimeout(delaiLecture);
        this.client = this.url.isEmpty() ? null : RestClient.builder().baseUrl(this.url).requestFactory(fabrique).build();
        this.circuit = CircuitBreaker.of("insee-sirene", CircuitBreakerConfig.custom()
                .failureRateThreshold(50)
                .slidingWindowSize(Math.max(10, appelsMinimum))
                .minimumNumberOfCalls(appelsMinimum)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(e -> e instanceof Panne)
                .build());
    }

    /** Whether an INSEE URL is configured (VAO_INSEE_URL). */
    public boolean estConfiguree() {
        return client != null;
    }

    CircuitBreaker circuit() {
        return circuit;
    }

    /** Looks the SIRET up as of {@code date}. Never throws. */
    public Reponse etablissement(String siret, LocalDate date) {
        if (client == null) {
            return new Reponse.Indisponible("API INSEE non configurée");
        }
        try {
            return circuit.executeSupplier(() -> appeler(siret, date));
        } catch (CallNotPermittedException e) {
            return new Reponse.Indisponible("API INSEE suspendue (circuit ouvert)");
        } catch (Panne e) {
            LOG.warn("API INSEE indisponible : {}", e.getMessage());
            return new Reponse.Indisponible(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Réponse inattendue de l'API INSEE", e);
            return new Reponse.Indisponible(e.getClass().getSimpleName());
        }
    }

    private Reponse appeler(String siret, LocalDate date) {
        try {
            return client.get().uri("/siret/{siret}?date={date}", siret, date.toString())
                    .header(ENTETE_CLE, cle)
                    .exchange((requete, reponse) -> {
                        HttpStatusCode statut = reponse.getStatusCode();
                        if (statut.value() == 404) {
                            return new Reponse.Inconnu();
                        }
                        if (statut.is5xxServerError() || statut.value() == 429) {
                            throw new Panne("HTTP " + statut.value(), null);
                        }
                        if (!statut.is2xxSuccessful()) {
                            return new Reponse.Indisponible("HTTP " + statut.value());
                        }
                        ReponseInsee corps = reponse.bodyTo(ReponseInsee.class);
                        if (corps == null || corps.etablissement() == null) {
                            throw new Panne("réponse sans établissement", null);
                        }
                        ReponseInsee.Etablissement e = corps.etablissement();
                        return new Reponse.Trouve(e.siret() == null ? siret : e.siret(),
                                e.adresseEtablissement() == null ? null
                                        : e.adresseEtablissement().codeCommuneEtablissement(),
                                e.uniteLegale() == null ? null : e.uniteLegale().denominationUniteLegale());
                    });
        } catch (RestClientException e) {
            Throwable cause = e.getCause();
            throw new Panne(cause instanceof IOException ? cause.getClass().getSimpleName() + " : "
                    + cause.getMessage() : e.getMessage(), e);
        }
    }
}
