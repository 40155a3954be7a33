package fr.vao.entreprise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** The API Entreprise adapter against its own WireMock (no Spring), with the v3 payload shapes. */
class ApiEntrepriseTest {

    private static final String SIREN = "552049447";
    private static final String CHEMIN = "/api-entreprise/v3/infogreffe/rcs/unites_legales/" + SIREN
            + "/mandataires_sociaux";
    private static final String MANDATAIRES = """
            {"data":[
              {"data":{"type":"personne_physique","fonction":"PRESIDENT","nom":"DUPONT","prenom":"Jean",
                       "date_naissance":"1965-03-15","date_naissance_timestamp":-151200000,"lieu_naissance":"PARIS",
                       "pays_naissance":"FRANCE","code_pays_naissance":"FR","nationalite":"FRANCAISE",
                       "code_nationalite":"FR"},
               "links":{},"meta":{}},
              {"data":{"numero_identification":"784824153","type":"personne_morale",
                       "fonction":"COMMISSAIRE AUX COMPTES TITULAIRE","raison_sociale":"CABINET D'AUDIT EXEMPLE",
                       "code_greffe":"9201","libelle_greffe":"NANTERRE"},
               "links":{},"meta":{}}],
             "links":{},
             "meta":{"personnes_physiques_count":1,"personnes_morales_count":1,"count":2}}""";
    private static WireMockServer api;

    private ApiEntreprise entreprise;

    @BeforeAll
    static void demarrer() {
        api = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        api.start();
    }

    @AfterAll
    static void arreter() {
        api.stop();
    }

    @BeforeEach
    void preparer() {
        api.resetAll();
        entreprise = new ApiEntreprise(api.baseUrl() + "/api-entreprise", "jeton-test", "vacances_adaptees_organisees",
                "operateur_sejour_vao", "13000680200016", Duration.ofSeconds(2), Duration.ofSeconds(3), 5,
                Duration.ofMillis(10));
    }

    private static int requetes() {
        return api.countRequestsMatching(getRequestedFor(urlPathEqualTo(CHEMIN)).build()).getCount();
    }

    private static void repond(int statut, String code) {
        api.stubFor(get(urlPathEqualTo(CHEMIN)).willReturn(aResponse().withStatus(statut)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"code":"%s","title":"Entité non trouvée",
                          "detail":"Le siren indiqué n'existe pas, n'est pas connu ou ne comporte aucune information pour cet appel.",
                          "source":null,
                          "meta":{"provider":"Infogreffe",
                                  "provider_error":{"code":"006","message":"DOSSIER NON TROUVE DANS LA BASE DE GREFFES"}}}]}"""
                        .formatted(code))));
    }

    @Test
    void lesMandatairesSociauxSontLesRepresentantsLegaux() {
        api.stubFor(get(urlPathEqualTo(CHEMIN)).willReturn(okJson(MANDATAIRES)));

        assertThat(entreprise.representantsLegaux(SIREN)).isEqualTo(new ApiEntreprise.Reponse.Representants(List.of(
                new ApiEntreprise.Representant("DUPONT", "Jean", "PRESIDENT"),
                new ApiEntreprise.Representant("CABINET D'AUDIT EXEMPLE", null,
                        "COMMISSAIRE AUX COMPTES TITULAIRE"))));
        api.verify(getRequestedFor(urlPathEqualTo(CHEMIN))
                .withHeader("Authorization", equalTo("Bearer jeton-test"))
                .withQueryParam("context", equalTo("vacances_adaptees_organisees"))
                .withQueryParam("recipient", equalTo("13000680200016"))
                .withQueryParam("object", equalTo("operateur_sejour_vao")));
    }

    @Test
    void uneUniteAbsenteDuRcsNAAucunRepresentantEtCeNEstPasUneErreur() {
        repond(404, "02003");
        assertThat(entreprise.representantsLegaux(SIREN)).isEqualTo(new ApiEntreprise.Reponse.Representants(List.of()));
        assertThat(requetes()).as("not retried").isEqualTo(1);
        for (int i = 0; i < 8; i++) {
            entreprise.representantsLegaux(SIREN);
        }
        assertThat(entreprise.circuit().getState()).hasToString("CLOSED");
    }

    @Test
    void leCode02003SousUnAutreStatutDonneAussiUneListeVide() {
        repond(422, "02003");
        assertThat(entreprise.representantsLegaux(SIREN)).isEqualTo(new ApiEntreprise.Reponse.Representants(List.of()));
    }

    @Test
    void uneAutreErreurDuClientDonneIndisponibleSansReessai() {
        repond(401, "00101");
        assertThat(entreprise.representantsLegaux(SIREN)).isEqualTo(new ApiEntreprise.Reponse.Indisponible("HTTP 401"));
        assertThat(requetes()).isEqualTo(1);
    }

    @Test
    void uneErreurServeurEstReessayeePuisDonneIndisponible() {
        api.stubFor(get(urlPathEqualTo(CHEMIN)).willReturn(aResponse().withStatus(500)));
        assertThat(entreprise.representantsLegaux(SIREN)).isEqualTo(new ApiEntreprise.Reponse.Indisponible("HTTP 500"));
        assertThat(requetes()).isEqualTo(2);
    }

    @Test
    void uneErreurPassagereEstReessayee() {
        api.stubFor(get(urlPathEqualTo(CHEMIN)).inScenario("passagere").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("apres"));
        api.stubFor(get(urlPathEqualTo(CHEMIN)).inScenario("passagere").whenScenarioStateIs("apres")
                .willReturn(okJson(MANDATAIRES)));
        assertThat(entreprise.representantsLegaux(SIREN)).isInstanceOf(ApiEntreprise.Reponse.Representants.class);
        assertThat(requetes()).isEqualTo(2);
    }

    @Test
    void apresDesPannesRepeteesLeCircuitSOuvre() {
        api.stubFor(get(urlPathEqualTo(CHEMIN)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 5; i++) {
            entreprise.representantsLegaux(SIREN);
        }
        int avant = requetes();
        assertThat(entreprise.representantsLegaux(SIREN))
                .isEqualTo(new ApiEntreprise.Reponse.Indisponible("API Entreprise suspendue (circuit ouvert)"));
        assertThat(requetes()).isEqualTo(avant);
    }

    @Test
    void sansUrlLAdaptateurEstIndisponibleSansRienAppeler() {
        ApiEntreprise nonConfiguree = new ApiEntreprise("", "", "c", "o", "r", Duration.ofSeconds(2),
                Duration.ofSeconds(5), 5);
        assertThat(nonConfiguree.estConfiguree()).isFalse();
        assertThat(nonConfiguree.representantsLegaux(SIREN))
                .isEqualTo(new ApiEntreprise.Reponse.Indisponible("API Entreprise non configurée"));
    }
}
