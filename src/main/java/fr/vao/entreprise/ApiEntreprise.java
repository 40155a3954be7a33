package fr.vao.entreprise;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * Adapter of API Entreprise v3 (spec §7.2): the représentants légaux of a legal unit from the mandataires sociaux
 * Infogreffe gives ({@code GET /v3/infogreffe/rcs/unites_legales/{siren}/mandataires_sociaux}), with the Bearer token
 * and the context, recipient and object every call must state. A unit that is not at the RCS (an association, an
 * entrepreneur individuel: HTTP 404, error code 02003) has no représentant there: an empty list, not an error. Every
 * other failure is an "unavailable" answer, never thrown; timeouts, one retry and the circuit breaker as for Sirene.
 */
@Component
public class ApiEntreprise {

    /** Infogreffe has no file for this SIREN ("dossier non trouvé dans la base de greffes"). */
    static final String CODE_ABSENT_DU_RCS = "02003";
    private static final String PERSONNE_MORALE = "personne_morale";
    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    /** A représentant légal; a personne morale mandataire has its raison sociale as nom and no prénom. */
    public record Representant(String nom, String prenom, String fonction) {
    }

    /** Outcome of a lookup. */
    public sealed interface Reponse {
        /** The mandataires sociaux, in Infogreffe's order; empty when the unit is not at the RCS. */
        record Representants(List<Representant> representants) implements Reponse {
            public Representants {
                representants = List.copyOf(representants);
            }
        }

        record Indisponible(String raison) implements Reponse {
        }
    }

    record ReponseMandataires(List<Element> data) {
        record Element(Mandataire data) {
        }
    }

    record Mandataire(String type, String nom, String prenom, String fonction,
            @JsonProperty("raison_sociale") String raisonSociale) {
    }

    record Erreurs(List<Erreur> errors) {
        record Erreur(String code, String title, String detail) {
        }
    }

    private final RestClient client;
    private final String jeton;
    private final String contexte;
    private final String objet;
    private final String destinataire;
    private final Resilience resilience;

    @Autowired
    ApiEntreprise(@Value("${vao.api-entreprise.url:}") String url, @Value("${vao.api-entreprise.jeton:}") String jeton,
            @Value("${vao.api-entreprise.contexte:vacances_adaptees_organisees}") String contexte,
            @Value("${vao.api-entreprise.objet:operateur_sejour_vao}") String objet,
            @Value("${vao.api-entreprise.destinataire:13000680200016}") String destinataire,
            @Value("${vao.api-entreprise.delai-connexion:2s}") Duration delaiConnexion,
            @Value("${vao.api-entreprise.delai-lecture:5s}") Duration delaiLecture,
            @Value("${vao.api-entreprise.circuit.appels-minimum:5}") int appelsMinimum) {
        this(url, jeton, contexte, objet, destinataire, delaiConnexion, delaiLecture, appelsMinimum,
                Resilience.PAUSE_REESSAI);
    }

    ApiEntreprise(String url, String jeton, String contexte, String objet, String destinataire,
            Duration delaiConnexion, Duration delaiLecture, int appelsMinimum, Duration pauseReessai) {
        this.client = Resilience.client(url, delaiConnexion, delaiLecture);
        this.jeton = jeton == null ? "" : jeton.strip();
        this.contexte = contexte;
        this.objet = objet;
        this.destinataire = destinataire;
        this.resilience = new Resilience("api-entreprise", "API Entreprise", appelsMinimum, pauseReessai);
    }

    /** Whether an API Entreprise URL is configured (VAO_API_ENTREPRISE_URL). */
    public boolean estConfiguree() {
        return client != null;
    }

    CircuitBreaker circuit() {
        return resilience.circuit();
    }

    /** The représentants légaux of the legal unit {@code siren} at the RCS. Never throws. */
    public Reponse representantsLegaux(String siren) {
        if (client == null) {
            return new Reponse.Indisponible("API Entreprise non configurée");
        }
        if (siren == null || !SIREN.matcher(siren).matches()) {
            return new Reponse.Representants(List.of());
        }
        return resilience.appeler(() -> client.get()
                .uri(u -> u.path("/v3/infogreffe/rcs/unites_legales/{siren}/mandataires_sociaux")
                        .queryParam("context", contexte).queryParam("recipient", destinataire)
                        .queryParam("object", objet).build(siren))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + jeton)
                .exchange((requete, reponse) -> {
                    HttpStatusCode statut = reponse.getStatusCode();
                    if (statut.value() == 404) {
                        return new Reponse.Representants(List.of());
                    }
                    if (!Resilience.reussi(statut)) {
                        Erreurs erreurs = lireErreurs(reponse);
                        boolean absentDuRcs = erreurs != null && erreurs.errors() != null && erreurs.errors().stream()
                                .anyMatch(e -> e != null && CODE_ABSENT_DU_RCS.equals(e.code()));
                        return absentDuRcs ? new Reponse.Representants(List.of())
                                : new Reponse.Indisponible("HTTP " + statut.value());
                    }
                    ReponseMandataires corps = reponse.bodyTo(ReponseMandataires.class);
                    if (corps == null || corps.data() == null) {
                        return new Reponse.Representants(List.of());
                    }
                    return new Reponse.Representants(corps.data().stream().filter(Objects::nonNull)
                            .map(ReponseMandataires.Element::data).filter(Objects::nonNull)
                            .map(ApiEntreprise::representant).filter(Objects::nonNull).toList());
                }), Reponse.Indisponible::new);
    }

    private static Representant representant(Mandataire m) {
        boolean morale = PERSONNE_MORALE.equals(m.type()) || (vide(m.nom()) && !vide(m.raisonSociale()));
        if (morale) {
            return vide(m.raisonSociale()) ? null : new Representant(m.raisonSociale(), null, m.fonction());
        }
        return vide(m.nom()) ? null : new Representant(m.nom(), m.prenom(), m.fonction());
    }

    private static Erreurs lireErreurs(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse reponse) {
        try {
            return reponse.bodyTo(Erreurs.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean vide(String texte) {
        return texte == null || texte.isBlank();
    }
}
