package fr.vao.entreprise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** The INSEE adapter against a real HTTP peer (its own WireMock, no Spring), with the real API's payload shape. */
class SireneTest {

    private static final String SIRET = "73282932000074";
    private static final LocalDate JOUR = LocalDate.of(2026, 11, 25);
    private static WireMockServer insee;

    private Sirene sirene;

    @BeforeAll
    static void demarrer() {
        insee = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        insee.start();
    }

    @AfterAll
    static void arreter() {
        insee.stop();
    }

    @BeforeEach
    void preparer() {
        insee.resetAll();
        sirene = new Sirene(insee.baseUrl() + "/api-sirene/3.11", "cle-test", Duration.ofSeconds(2),
                Duration.ofSeconds(3), 5);
    }

    @Test
    void unEtablissementConnuDonneSaCommune() {
        insee.stubFor(get(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET)).willReturn(okJson("""
                {"header":{"statut":200,"message":"ok"},
                 "etablissement":{"siren":"732829320","nic":"00074","siret":"73282932000074","etablissementSiege":true,
                   "uniteLegale":{"etatAdministratifUniteLegale":"A","denominationUniteLegale":"ASSOCIATION VACANCES",
                                  "categorieJuridiqueUniteLegale":"9220"},
                   "adresseEtablissement":{"numeroVoieEtablissement":"12","typeVoieEtablissement":"RUE",
                     "libelleVoieEtablissement":"DE LA PAIX","codePostalEtablissement":"75002",
                     "libelleCommuneEtablissement":"PARIS 2","codeCommuneEtablissement":"75056",
                     "coordonneeLambertAbscisseEtablissement":"651380.5"},
                   "periodesEtablissement":[{"dateFin":null,"etatAdministratifEtablissement":"A"}]}}""")));

        Sirene.Reponse reponse = sirene.etablissement(SIRET, JOUR);

        assertThat(reponse).isEqualTo(new Sirene.Reponse.Trouve(SIRET, "75056", "ASSOCIATION VACANCES"));
        insee.verify(getRequestedFor(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET))
                .withQueryParam("date", equalTo("2026-11-25"))
                .withHeader("X-INSEE-Api-Key-Integration", equalTo("cle-test")));
    }

    @Test
    void unSiretInconnuDonneInconnu() {
        insee.stubFor(get(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"header\":{\"statut\":404,\"message\":\"Aucun élément trouvé pour le siret " + SIRET + "\"}}")));
        assertThat(sirene.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Inconnu.class);
    }

    @Test
    void uneErreurServeurDonneIndisponible() {
        insee.stubFor(get(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET)).willReturn(aResponse().withStatus(500)));
        assertThat(sirene.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Indisponible.class);
    }

    @Test
    void uneReponseTropLenteDonneIndisponible() {
        insee.stubFor(get(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET))
                .willReturn(okJson("{}").withFixedDelay(6000)));
        Sirene.Reponse reponse = sirene.etablissement(SIRET, JOUR);
        assertThat(reponse).isInstanceOf(Sirene.Reponse.Indisponible.class);
        assertThat(((Sirene.Reponse.Indisponible) reponse).raison()).contains("SocketTimeoutException");
    }

    @Test
    void sansUrlLAdaptateurEstIndisponibleSansRienAppeler() {
        Sirene nonConfiguree = new Sirene(" ", "", Duration.ofSeconds(2), Duration.ofSeconds(5), 5);
        assertThat(nonConfiguree.estConfiguree()).isFalse();
        assertThat(nonConfiguree.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Indisponible.class);
    }

    @Test
    void apresDesPannesRepeteesLeCircuitSOuvreEtLAPINEstPlusAppelee() {
        insee.stubFor(get(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 5; i++) {
            sirene.etablissement(SIRET, JOUR);
        }
        int avant = insee.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET))
                .build()).getCount();
        Sirene.Reponse reponse = sirene.etablissement(SIRET, JOUR);
        assertThat(reponse).isEqualTo(new Sirene.Reponse.Indisponible("API INSEE suspendue (circuit ouvert)"));
        assertThat(sirene.circuit().getState()).hasToString("OPEN");
        assertThat(insee.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET))
                .build()).getCount()).as("no call while the circuit is open").isEqualTo(avant);
    }

    @Test
    void unSiretInconnuNOuvrePasLeCircuit() {
        insee.stubFor(get(urlPathEqualTo("/api-sirene/3.11/siret/" + SIRET)).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 8; i++) {
            assertThat(sirene.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Inconnu.class);
        }
    }
}
