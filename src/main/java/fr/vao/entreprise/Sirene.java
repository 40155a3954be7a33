package fr.vao.entreprise;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import fr.vao.entreprise.ReponsesInsee.ReponseEtablissement;
import fr.vao.entreprise.ReponsesInsee.ReponseEtablissements;
import fr.vao.entreprise.ReponsesInsee.ReponseSuccession;

/**
 * Adapter of the INSEE Sirene API 3.11 (spec §7.1): one establishment by SIRET, every establishment of a SIREN, the
 * successor of an establishment. The API being down must not stop registrations (ADR 0004): every failure (not
 * configured, timeout, 5xx, 429, open circuit) is reported as an "unavailable" answer, never thrown. Timeouts, one
 * retry and the circuit breaker: see {@link Resilience} and ADR 0010.
 */
@Component
public class Sirene {

    private static final Logger LOG = LoggerFactory.getLogger(Sirene.class);
    static final String ENTETE_CLE = "X-INSEE-Api-Key-Integration";
    /** The most the API gives in one page. */
    static final int TAILLE_PAGE = 1000;
    /** Guard against a runaway pagination: 50,000 establishments at the real page size. */
    static final int PAGES_MAX = 50;
    private static final String NON_CONFIGUREE = "API INSEE non configurée";
    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");

    /** Outcome of the lookup of one SIRET. */
    public sealed interface Reponse {
        /** The establishment exists. */
        record Trouve(Etablissement etablissement) implements Reponse {
            /** The INSEE code of its commune (may be null). */
            public String codeCommune() {
                return etablissement.adresse().codeCommune();
            }
        }

        /** INSEE does not know this SIRET. */
        record Inconnu() implements Reponse {
        }

        /** INSEE could not answer (not configured, unreachable, error, circuit open). */
        record Indisponible(String raison) implements Reponse {
        }
    }

    /** Outcome of the list of the establishments of a SIREN. */
    public sealed interface Etablissements {
        /** Every establishment, open or closed, sorted by SIRET. */
        record Liste(List<Etablissement> etablissements) implements Etablissements {
            public Liste {
                etablissements = List.copyOf(etablissements);
            }
        }

        /** INSEE knows no establishment of this SIREN. */
        record Inconnu() implements Etablissements {
        }

        record Indisponible(String raison) implements Etablissements {
        }
    }

    /** Outcome of the search of the successor of an establishment (after a move, spec §2.5). */
    public sealed interface Succession {
        record Successeur(String siret) implements Succession {
        }

        record AucunSuccesseur() implements Succession {
        }

        record Indisponible(String raison) implements Succession {
        }
    }

    /** One page of the list, within the adapter. */
    private sealed interface Page {
        record Lue(List<Etablissement> etablissements, int total) implements Page {
        }

        record Aucune() implements Page {
        }

        record Echec(String raison) implements Page {
        }
    }

    private final String cle;
    private final RestClient client;
    private final Resilience resilience;
    private final int taillePage;

    @Autowired
    Sirene(@Value("${vao.insee.url:}") String url, @Value("${vao.insee.cle:}") String cle,
            @Value("${vao.insee.delai-connexion:2s}") Duration delaiConnexion,
            @Value("${vao.insee.delai-lecture:5s}") Duration delaiLecture,
            @Value("${vao.insee.circuit.appels-minimum:5}") int appelsMinimum) {
        this(url, cle, delaiConnexion, delaiLecture, appelsMinimum, TAILLE_PAGE, Resilience.PAUSE_REESSAI);
    }

    Sirene(String url, String cle, Duration delaiConnexion, Duration delaiLecture, int appelsMinimum, int taillePage,
            Duration pauseReessai) {
        this.cle = cle == null ? "" : cle.strip();
        this.client = Resilience.client(url, delaiConnexion, delaiLecture);
        this.resilience = new Resilience("insee-sirene", "API INSEE", appelsMinimum, pauseReessai);
        this.taillePage = taillePage;
    }

    /** Whether an INSEE URL is configured (VAO_INSEE_URL). */
    public boolean estConfiguree() {
        return client != null;
    }

    CircuitBreaker circuit() {
        return resilience.circuit();
    }

    /** Looks the SIRET up as of {@code date}. Never throws. */
    public Reponse etablissement(String siret, LocalDate date) {
        if (client == null) {
            return new Reponse.Indisponible(NON_CONFIGUREE);
        }
        return resilience.appeler(() -> client.get().uri("/siret/{siret}?date={date}", siret, date.toString())
                .header(ENTETE_CLE, cle)
                .exchange((requete, reponse) -> {
                    HttpStatusCode statut = reponse.getStatusCode();
                    if (statut.value() == 404) {
                        return new Reponse.Inconnu();
                    }
                    if (!Resilience.reussi(statut)) {
                        return new Reponse.Indisponible("HTTP " + statut.value());
                    }
                    ReponseEtablissement corps = reponse.bodyTo(ReponseEtablissement.class);
                    if (corps == null || corps.etablissement() == null) {
                        throw new Panne("réponse sans établissement", null);
                    }
                    return new Reponse.Trouve(ReponsesInsee.versEtablissement(corps.etablissement(), siret));
                }), Reponse.Indisponible::new);
    }

    /**
     * Every establishment of the SIREN as of {@code date}, page after page until the {@code header.total} INSEE gives
     * (at most {@value #PAGES_MAX} pages: past that, what was read is returned and a warning logged). Never throws.
     */
    public Etablissements etablissementsDuSiren(String siren, LocalDate date) {
        if (client == null) {
            return new Etablissements.Indisponible(NON_CONFIGUREE);
        }
        if (siren == null || !SIREN.matcher(siren).matches()) {
            return new Etablissements.Inconnu();
        }
        List<Etablissement> tous = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int pages = 0; tous.size() < total; pages++) {
            if (pages == PAGES_MAX) {
                LOG.warn("SIREN {} : plus de {} pages d'établissements, liste tronquée à {}", siren, PAGES_MAX,
                        tous.size());
                break;
            }
            Page page = page(siren, date, tous.size());
            if (page instanceof Page.Echec echec) {
                return new Etablissements.Indisponible(echec.raison());
            }
            if (!(page instanceof Page.Lue lue) || lue.etablissements().isEmpty()) {
                break;
            }
            tous.addAll(lue.etablissements());
            total = lue.total();
        }
        return tous.isEmpty() ? new Etablissements.Inconnu() : new Etablissements.Liste(tous);
    }

    private Page page(String siren, LocalDate date, int debut) {
        return resilience.appeler(() -> client.get()
                .uri(u -> u.path("/siret").queryParam("q", "siren:" + siren).queryParam("nombre", taillePage)
                        .queryParam("tri", "siret").queryParam("debut", debut).queryParam("date", date.toString())
                        .build())
                .header(ENTETE_CLE, cle)
                .exchange((requete, reponse) -> {
                    HttpStatusCode statut = reponse.getStatusCode();
                    if (statut.value() == 404) {
                        return new Page.Aucune();
                    }
                    if (!Resilience.reussi(statut)) {
                        return new Page.Echec("HTTP " + statut.value());
                    }
                    ReponseEtablissements corps = reponse.bodyTo(ReponseEtablissements.class);
                    if (corps == null || corps.header() == null || corps.header().total() == null) {
                        throw new Panne("réponse sans en-tête", null);
                    }
                    List<Etablissement> lus = corps.etablissements() == null ? List.of()
                            : corps.etablissements().stream().map(e -> ReponsesInsee.versEtablissement(e, null))
                                    .toList();
                    return new Page.Lue(lus, corps.header().total());
                }), Page.Echec::new);
    }

    /** The first establishment that succeeded this one (not itself), from INSEE's liensSuccession. Never throws. */
    public Succession successeur(String siret) {
        if (client == null) {
            return new Succession.Indisponible(NON_CONFIGUREE);
        }
        if (siret == null || !SIRET.matcher(siret).matches()) {
            return new Succession.AucunSuccesseur();
        }
        return resilience.appeler(() -> client.get()
                .uri("/siret/liensSuccession?q=siretEtablissementPredecesseur:{siret}", siret)
                .header(ENTETE_CLE, cle)
                .exchange((requete, reponse) -> {
                    HttpStatusCode statut = reponse.getStatusCode();
                    if (statut.value() == 404) {
                        return new Succession.AucunSuccesseur();
                    }
                    if (!Resilience.reussi(statut)) {
                        return new Succession.Indisponible("HTTP " + statut.value());
                    }
                    ReponseSuccession corps = reponse.bodyTo(ReponseSuccession.class);
                    if (corps == null || corps.liensSuccession() == null) {
                        return new Succession.AucunSuccesseur();
                    }
                    return corps.liensSuccession().stream()
                            .map(ReponsesInsee.LienSuccession::siretEtablissementSuccesseur)
                            .filter(s -> s != null && !s.equals(siret)).findFirst()
                            .<Succession>map(Succession.Successeur::new)
                            .orElseGet(Succession.AucunSuccesseur::new);
                }), Succession.Indisponible::new);
    }
}
