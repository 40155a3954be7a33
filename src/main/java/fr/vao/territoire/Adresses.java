package fr.vao.territoire;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import fr.vao.plateforme.observabilite.IdentifiantRequete;

/**
 * Adapter of the API Adresse (Base adresse nationale, spec §7.3): {@code GET /search/?q=&limit=}. Used for the
 * address autocompletion of the forms and to geocode the addresses given to the public API. Never throws: when the
 * API is down, slow (connect 2 s, read 3 s) or its circuit is open, {@link Recherche.Indisponible} tells the form to
 * offer the manual entry.
 */
@Component
public class Adresses {

    private static final Logger LOG = LoggerFactory.getLogger(Adresses.class);
    private static final int TEXTE_MIN = 3;
    private static final int TEXTE_MAX = 200;

    /**
     * An address as the BAN gives it.
     *
     * @param cleBan the BAN id of the address
     * @param codeInsee the INSEE code of the commune (or of the arrondissement in Paris, Lyon, Marseille)
     * @param departement the département code, from the BAN context ("75", "2A", "974")
     */
    public record Adresse(String libelle, String cleBan, String codeInsee, String codePostal, String commune,
            double longitude, double latitude, String departement) {
    }

    /** Outcome of a search. */
    public sealed interface Recherche {
        record Trouvees(List<Adresse> adresses) implements Recherche {
        }

        record Indisponible(String raison) implements Recherche {
        }
    }

    record ReponseBan(List<Feature> features) {
        record Feature(Geometrie geometry, Proprietes properties) {
        }

        record Geometrie(List<Double> coordinates) {
        }

        record Proprietes(String label, String id, String citycode, String postcode, String city, String context) {
        }
    }

    private final RestClient client;
    private final CircuitBreaker circuit;

    Adresses(@Value("${vao.adresse.url:https://api-adresse.data.gouv.fr}") String url,
            @Value("${vao.adresse.delai-lecture:3s}") Duration delaiLecture) {
        SimpleClientHttpRequestFactory fabrique = new SimpleClientHttpRequestFactory();
        fabrique.setConnectTimeout(Duration.ofSeconds(2));
        fabrique.setReadTimeout(delaiLecture);
        this.client = url.isBlank() ? null : RestClient.builder().baseUrl(url.strip())
                .requestFactory(fabrique).requestInterceptor(IdentifiantRequete.sortant()).build();
        this.circuit = CircuitBreaker.of("api-adresse", CircuitBreakerConfig.custom()
                .failureRateThreshold(50).slidingWindowSize(10).minimumNumberOfCalls(5)
                .waitDurationInOpenState(Duration.ofSeconds(30)).build());
    }

    CircuitBreaker circuit() {
        return circuit;
    }

    /** Addresses matching the text (3 to 200 characters; fewer gives no result without calling the API). */
    public Recherche rechercher(String texte, int limite) {
        String q = texte == null ? "" : texte.strip();
        if (q.length() < TEXTE_MIN) {
            return new Recherche.Trouvees(List.of());
        }
        if (client == null) {
            return new Recherche.Indisponible("API Adresse non configurée");
        }
        String requete = q.length() > TEXTE_MAX ? q.substring(0, TEXTE_MAX) : q;
        try {
            return circuit.executeSupplier(() -> appeler(requete, Math.max(1, Math.min(limite, 20))));
        } catch (CallNotPermittedException e) {
            return new Recherche.Indisponible("API Adresse suspendue (circuit ouvert)");
        } catch (RestClientException e) {
            LOG.warn("API Adresse indisponible : {}", e.getMessage());
            return new Recherche.Indisponible(e.getClass().getSimpleName());
        }
    }

    private Recherche appeler(String q, int limite) {
        ReponseBan reponse = client.get().uri(u -> u.path("/search/").queryParam("q", q).queryParam("limit", limite)
                .build()).retrieve().body(ReponseBan.class);
        if (reponse == null || reponse.features() == null) {
            return new Recherche.Trouvees(List.of());
        }
        return new Recherche.Trouvees(reponse.features().stream()
                .filter(f -> f.properties() != null && f.geometry() != null && f.geometry().coordinates() != null
                        && f.geometry().coordinates().size() == 2)
                .map(f -> new Adresse(f.properties().label(), f.properties().id(), f.properties().citycode(),
                        f.properties().postcode(), f.properties().city(), f.geometry().coordinates().get(0),
                        f.geometry().coordinates().get(1), departement(f.properties().context())))
                .toList());
    }

    private static String departement(String contexte) {
        if (contexte == null || contexte.isBlank()) {
            return null;
        }
        return contexte.split(",")[0].strip();
    }
}
