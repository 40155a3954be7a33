package fr.vao.territoire;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.TestIntegration;

/** The API Adresse adapter against a WireMock BAN answering with payloads shaped like the real API's. */
class AdressesTest extends TestIntegration {

    static final String REPONSE = """
            {"type":"FeatureCollection","version":"draft","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[2.290084,48.859289]},
               "properties":{"label":"5 Avenue Anatole France 75007 Paris","score":0.97,"housenumber":"5",
                 "id":"75107_0346_00005","name":"5 Avenue Anatole France","postcode":"75007","citycode":"75107",
                 "x":648237.58,"y":6862271.55,"city":"Paris","district":"Paris 7e Arrondissement",
                 "context":"75, Paris, Île-de-France","type":"housenumber","importance":0.73,
                 "street":"Avenue Anatole France"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8.738635,41.919229]},
               "properties":{"label":"Cours Napoléon 20000 Ajaccio","id":"2A004_0620","postcode":"20000",
                 "citycode":"2A004","city":"Ajaccio","context":"2A, Corse-du-Sud, Corse","type":"street"}}],
             "attribution":"BAN","licence":"ETALAB-2.0","query":"5 avenue anatole","limit":5}""";

    @Autowired
    Adresses adresses;

    @AfterEach
    void fermerLeCircuit() {
        adresses.circuit().reset();
    }

    @Test
    void lesAdressesTrouveesDonnentCommuneCoordonneesEtDepartement() {
        API.stubFor(get(urlPathEqualTo("/ban/search/")).withQueryParam("q", equalTo("5 avenue anatole"))
                .willReturn(okJson(REPONSE)));
        Adresses.Recherche r = adresses.rechercher("  5 avenue anatole ", 5);
        assertThat(r).isInstanceOf(Adresses.Recherche.Trouvees.class);
        assertThat(((Adresses.Recherche.Trouvees) r).adresses()).containsExactly(
                new Adresses.Adresse("5 Avenue Anatole France 75007 Paris", "75107_0346_00005", "75107", "75007",
                        "Paris", 2.290084, 48.859289, "75"),
                new Adresses.Adresse("Cours Napoléon 20000 Ajaccio", "2A004_0620", "2A004", "20000", "Ajaccio",
                        8.738635, 41.919229, "2A"));
        API.verify(getRequestedFor(urlPathEqualTo("/ban/search/")).withQueryParam("limit", equalTo("5")));
    }

    @Test
    void unTexteTropCourtNAppellePasLApiEtUnTexteHostileArriveTelQuel() {
        assertThat(adresses.rechercher("ab", 5)).isEqualTo(new Adresses.Recherche.Trouvees(java.util.List.of()));
        assertThat(API.getAllServeEvents()).isEmpty();
        String hostile = "1 rue de la Paix&limit=999<script>";
        API.stubFor(get(urlPathEqualTo("/ban/search/")).willReturn(okJson("{\"features\":[]}")));
        assertThat(adresses.rechercher(hostile, 500)).isEqualTo(new Adresses.Recherche.Trouvees(java.util.List.of()));
        API.verify(getRequestedFor(urlPathEqualTo("/ban/search/")).withQueryParam("q", equalTo(hostile))
                .withQueryParam("limit", equalTo("20")));
    }

    @Test
    void uneApiEnPanneOuLenteProposeLaSaisieManuelle() {
        API.stubFor(get(urlPathEqualTo("/ban/search/")).willReturn(aResponse().withStatus(502)));
        assertThat(adresses.rechercher("5 avenue anatole", 5)).isInstanceOf(Adresses.Recherche.Indisponible.class);
        API.stubFor(get(urlPathEqualTo("/ban/search/")).willReturn(okJson(REPONSE).withFixedDelay(3_000)));
        assertThat(adresses.rechercher("5 avenue anatole", 5)).isInstanceOf(Adresses.Recherche.Indisponible.class);
    }

    @Test
    void apresCinqEchecsLeCircuitSOuvreEtLApiNEstPlusAppelee() {
        API.stubFor(get(urlPathEqualTo("/ban/search/")).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 5; i++) {
            adresses.rechercher("5 avenue anatole", 5);
        }
        int appels = API.getAllServeEvents().size();
        assertThat(adresses.rechercher("5 avenue anatole", 5)).isEqualTo(
                new Adresses.Recherche.Indisponible("API Adresse suspendue (circuit ouvert)"));
        assertThat(API.getAllServeEvents()).hasSize(appels);
    }
}
