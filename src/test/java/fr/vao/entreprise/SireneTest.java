package fr.vao.entreprise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** The INSEE adapter against a real HTTP peer (its own WireMock, no Spring), with the Sirene 3.11 payload shapes. */
class SireneTest {

    private static final String BASE = "/api-sirene/3.11";
    private static final String SIRET = "73282932000074";
    private static final String SIREN = "732829320";
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
        sirene = sirene(Sirene.TAILLE_PAGE);
    }

    private static Sirene sirene(int taillePage) {
        return new Sirene(insee.baseUrl() + BASE, "cle-test", Duration.ofSeconds(2), Duration.ofSeconds(3), 5,
                taillePage, Duration.ofMillis(10));
    }

    /** One establishment as the API gives it, in {@code GET /siret/{siret}} and in the lists. */
    private static String etablissement(String siret, String etat, String uniteLegale, String adresse) {
        return """
                {"siren":"%s","nic":"%s","siret":"%s","statutDiffusionEtablissement":"O",
                 "dateCreationEtablissement":"1985-01-01","etablissementSiege":%s,
                 "uniteLegale":%s,
                 "adresseEtablissement":%s,
                 "adresse2Etablissement":{"numeroVoie2Etablissement":null},
                 "periodesEtablissement":[{"dateFin":null,"dateDebut":"2008-01-01","etatAdministratifEtablissement":"%s",
                   "changementEtatAdministratifEtablissement":false,"activitePrincipaleEtablissement":"85.59A"}]}"""
                .formatted(siret.substring(0, 9), siret.substring(9), siret, siret.endsWith("00074"), uniteLegale,
                        adresse, etat);
    }

    private static final String ASSOCIATION = """
            {"etatAdministratifUniteLegale":"A","statutDiffusionUniteLegale":"O","dateCreationUniteLegale":"1985-01-01",
             "categorieJuridiqueUniteLegale":"9220","denominationUniteLegale":"ASSOCIATION VACANCES POUR TOUS",
             "sigleUniteLegale":null,"denominationUsuelle1UniteLegale":"VACANCES POUR TOUS",
             "denominationUsuelle2UniteLegale":null,"sexeUniteLegale":null,"nomUniteLegale":null,"nomUsageUniteLegale":null,
             "prenom1UniteLegale":null,"prenomUsuelUniteLegale":null,"activitePrincipaleUniteLegale":"85.59A",
             "nomenclatureActivitePrincipaleUniteLegale":"NAFRev2","caractereEmployeurUniteLegale":"O"}""";

    private static final String SEGUR = """
            {"complementAdresseEtablissement":null,"numeroVoieEtablissement":"20","indiceRepetitionEtablissement":null,
             "dernierNumeroVoieEtablissement":null,"indiceRepetitionDernierNumeroVoieEtablissement":null,
             "typeVoieEtablissement":"AV","libelleVoieEtablissement":"DE SEGUR","codePostalEtablissement":"75007",
             "libelleCommuneEtablissement":"PARIS 7","libelleCommuneEtrangerEtablissement":null,
             "distributionSpecialeEtablissement":null,"codeCommuneEtablissement":"75107","codeCedexEtablissement":null,
             "libelleCedexEtablissement":null,"codePaysEtrangerEtablissement":null,"libellePaysEtrangerEtablissement":null,
             "identifiantAdresseEtablissement":"751074452_B_00020","coordonneeLambertAbscisseEtablissement":"649242.57",
             "coordonneeLambertOrdonneeEtablissement":"6861355.85"}""";

    private static String adresse(String codeCommune, String x, String y) {
        return """
                {"numeroVoieEtablissement":"3","typeVoieEtablissement":"RUE","libelleVoieEtablissement":"DES LILAS",
                 "complementAdresseEtablissement":"BAT B","codePostalEtablissement":"%s","libelleCommuneEtablissement":"COMMUNE",
                 "codeCommuneEtablissement":"%s","coordonneeLambertAbscisseEtablissement":"%s",
                 "coordonneeLambertOrdonneeEtablissement":"%s"}"""
                .formatted(codeCommune.substring(0, 2) + "000", codeCommune, x, y);
    }

    private void inseeConnait(String siret, String etablissement) {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + siret)).willReturn(okJson(
                "{\"header\":{\"statut\":200,\"message\":\"OK\"},\"etablissement\":" + etablissement + "}")));
    }

    private static int requetes(String chemin) {
        return insee.countRequestsMatching(getRequestedFor(urlPathEqualTo(BASE + chemin)).build()).getCount();
    }

    @Test
    void unEtablissementConnuDonneSesDetailsEtSaPosition() {
        inseeConnait(SIRET, etablissement(SIRET, "A", ASSOCIATION, SEGUR));

        Sirene.Reponse reponse = sirene.etablissement(SIRET, JOUR);

        assertThat(reponse).isInstanceOf(Sirene.Reponse.Trouve.class);
        Sirene.Reponse.Trouve trouve = (Sirene.Reponse.Trouve) reponse;
        assertThat(trouve.codeCommune()).isEqualTo("75107");
        Etablissement e = trouve.etablissement();
        assertThat(e).usingRecursiveComparison().ignoringFields("latitude", "longitude").isEqualTo(new Etablissement(
                SIRET, SIREN, "00074", true, true, true, "ASSOCIATION VACANCES POUR TOUS", "VACANCES POUR TOUS",
                "9220", "85.59A", null, null, null,
                new Etablissement.Adresse("20", "AV", "DE SEGUR", null, "75007", "PARIS 7", "75107"), null, null));
        assertThat(e.adresse().ligne()).isEqualTo("20 AV DE SEGUR 75007 PARIS 7");
        assertThat(e.estPersonnePhysique()).isFalse();
        assertThat(e.latitude()).isCloseTo(48.850244, within(1e-6));
        assertThat(e.longitude()).isCloseTo(2.308310, within(1e-6));
        insee.verify(getRequestedFor(urlPathEqualTo(BASE + "/siret/" + SIRET))
                .withQueryParam("date", equalTo("2026-11-25"))
                .withHeader("X-INSEE-Api-Key-Integration", equalTo("cle-test")));
    }

    @Test
    void unePersonnePhysiqueEstNommeeParSonPrenomEtSonNomEtSansCoordonneesNAPasDePosition() {
        String siret = "41234567800012";
        inseeConnait(siret, etablissement(siret, "F", """
                {"etatAdministratifUniteLegale":"C","categorieJuridiqueUniteLegale":"1000","denominationUniteLegale":null,
                 "denominationUsuelle1UniteLegale":null,"sexeUniteLegale":"F","nomUniteLegale":"MARTIN",
                 "nomUsageUniteLegale":"DURAND","prenom1UniteLegale":"JEANNE","prenom2UniteLegale":"MARIE",
                 "prenomUsuelUniteLegale":"JEANNE","activitePrincipaleUniteLegale":"85.59A"}""",
                adresse("69123", "[ND]", "[ND]")));

        Etablissement e = ((Sirene.Reponse.Trouve) sirene.etablissement(siret, JOUR)).etablissement();

        assertThat(e.estPersonnePhysique()).isTrue();
        assertThat(e.denomination()).isEqualTo("JEANNE MARTIN");
        assertThat(e.nomNaissance()).isEqualTo("MARTIN");
        assertThat(e.nomUsage()).isEqualTo("DURAND");
        assertThat(e.prenom()).isEqualTo("JEANNE");
        assertThat(e.siege()).isFalse();
        assertThat(e.actif()).as("établissement fermé").isFalse();
        assertThat(e.uniteLegaleActive()).as("unité légale cessée").isFalse();
        assertThat(e.adresse().ligne()).isEqualTo("3 RUE DES LILAS BAT B 69000 COMMUNE");
        assertThat(e.latitude()).isNull();
        assertThat(e.longitude()).isNull();
    }

    @Test
    void outreMerLesCoordonneesNeSontPasEnLambert93() {
        String siret = "41234567800020";
        inseeConnait(siret, etablissement(siret, "A", ASSOCIATION, adresse("97411", "340000.0", "7650000.0")));
        Etablissement e = ((Sirene.Reponse.Trouve) sirene.etablissement(siret, JOUR)).etablissement();
        assertThat(e.adresse().codeCommune()).isEqualTo("97411");
        assertThat(e.latitude()).isNull();
    }

    @Test
    void unSiretInconnuDonneInconnu() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + SIRET)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"header\":{\"statut\":404,\"message\":\"Aucun élément trouvé pour le siret " + SIRET + "\"}}")));
        assertThat(sirene.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Inconnu.class);
        assertThat(requetes("/siret/" + SIRET)).as("not retried").isEqualTo(1);
    }

    @Test
    void uneErreurServeurEstReessayeeUneFoisPuisDonneIndisponible() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + SIRET)).willReturn(aResponse().withStatus(500)));
        assertThat(sirene.etablissement(SIRET, JOUR)).isEqualTo(new Sirene.Reponse.Indisponible("HTTP 500"));
        assertThat(requetes("/siret/" + SIRET)).isEqualTo(2);
    }

    @Test
    void uneErreurPassagereEstReessayeeEtLaSecondeReponseCompte() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + SIRET)).inScenario("passagere")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429))
                .willSetStateTo("apres"));
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + SIRET)).inScenario("passagere")
                .whenScenarioStateIs("apres").willReturn(okJson(
                        "{\"header\":{\"statut\":200,\"message\":\"OK\"},\"etablissement\":"
                                + etablissement(SIRET, "A", ASSOCIATION, SEGUR) + "}")));
        assertThat(sirene.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Trouve.class);
        assertThat(requetes("/siret/" + SIRET)).isEqualTo(2);
    }

    @Test
    void uneReponseTropLenteDonneIndisponibleSansReessai() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + SIRET))
                .willReturn(okJson("{}").withFixedDelay(6000)));
        Sirene.Reponse reponse = sirene.etablissement(SIRET, JOUR);
        assertThat(reponse).isInstanceOf(Sirene.Reponse.Indisponible.class);
        assertThat(((Sirene.Reponse.Indisponible) reponse).raison()).contains("SocketTimeoutException");
        assertThat(requetes("/siret/" + SIRET)).as("a retry would only double the wait").isEqualTo(1);
    }

    @Test
    void sansUrlLAdaptateurEstIndisponibleSansRienAppeler() {
        Sirene nonConfiguree = new Sirene(" ", "", Duration.ofSeconds(2), Duration.ofSeconds(5), 5);
        assertThat(nonConfiguree.estConfiguree()).isFalse();
        assertThat(nonConfiguree.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Indisponible.class);
        assertThat(nonConfiguree.etablissementsDuSiren(SIREN, JOUR))
                .isEqualTo(new Sirene.Etablissements.Indisponible("API INSEE non configurée"));
        assertThat(nonConfiguree.successeur(SIRET))
                .isEqualTo(new Sirene.Succession.Indisponible("API INSEE non configurée"));
    }

    @Test
    void apresDesPannesRepeteesLeCircuitSOuvreEtLAPINEstPlusAppelee() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + SIRET)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 5; i++) {
            sirene.etablissement(SIRET, JOUR);
        }
        int avant = requetes("/siret/" + SIRET);
        Sirene.Reponse reponse = sirene.etablissement(SIRET, JOUR);
        assertThat(reponse).isEqualTo(new Sirene.Reponse.Indisponible("API INSEE suspendue (circuit ouvert)"));
        assertThat(sirene.circuit().getState()).hasToString("OPEN");
        assertThat(requetes("/siret/" + SIRET)).as("no call while the circuit is open").isEqualTo(avant);
        assertThat(sirene.etablissementsDuSiren(SIREN, JOUR))
                .isEqualTo(new Sirene.Etablissements.Indisponible("API INSEE suspendue (circuit ouvert)"));
    }

    @Test
    void unSiretInconnuNOuvrePasLeCircuit() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/" + SIRET)).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 8; i++) {
            assertThat(sirene.etablissement(SIRET, JOUR)).isInstanceOf(Sirene.Reponse.Inconnu.class);
        }
    }

    /** A page of {@code GET /siret?q=siren:}: establishments {@code debut} to {@code debut + nombre - 1}. */
    private static String page(int total, int debut, int nombre) {
        String etablissements = IntStream.range(debut, debut + nombre)
                .mapToObj(i -> etablissement(SIREN + "%05d".formatted(i + 10), i % 3 == 0 ? "F" : "A", ASSOCIATION,
                        SEGUR))
                .collect(Collectors.joining(","));
        return """
                {"header":{"statut":200,"message":"OK","total":%d,"debut":%d,"nombre":%d},"etablissements":[%s]}"""
                .formatted(total, debut, nombre, etablissements);
    }

    @Test
    void lesEtablissementsDUnSirenSontLusPageAPageJusquAuTotal() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret")).withQueryParam("debut", equalTo("0"))
                .willReturn(okJson(page(1500, 0, 1000))));
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret")).withQueryParam("debut", equalTo("1000"))
                .willReturn(okJson(page(1500, 1000, 500))));

        Sirene.Etablissements reponse = sirene.etablissementsDuSiren(SIREN, JOUR);

        assertThat(reponse).isInstanceOf(Sirene.Etablissements.Liste.class);
        List<Etablissement> liste = ((Sirene.Etablissements.Liste) reponse).etablissements();
        assertThat(liste).hasSize(1500);
        assertThat(liste.get(0).siret()).isEqualTo(SIREN + "00010");
        assertThat(liste.get(0).actif()).isFalse();
        assertThat(liste.get(1499).siret()).isEqualTo(SIREN + "01509");
        assertThat(liste.get(1499).actif()).isTrue();
        assertThat(liste.get(1499).adresse().ligne()).isEqualTo("20 AV DE SEGUR 75007 PARIS 7");
        assertThat(liste.get(1499).latitude()).isCloseTo(48.850244, within(1e-6));
        assertThat(liste).filteredOn(Etablissement::actif).hasSize(1000);
        insee.verify(2, getRequestedFor(urlPathEqualTo(BASE + "/siret")));
        insee.verify(getRequestedFor(urlPathEqualTo(BASE + "/siret"))
                .withQueryParam("q", equalTo("siren:" + SIREN)).withQueryParam("nombre", equalTo("1000"))
                .withQueryParam("tri", equalTo("siret")).withQueryParam("debut", equalTo("1000"))
                .withQueryParam("date", equalTo("2026-11-25"))
                .withHeader("X-INSEE-Api-Key-Integration", equalTo("cle-test")));
    }

    @Test
    void unSirenSansEtablissementEstInconnu() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"header\":{\"statut\":404,\"message\":\"Aucun élément trouvé pour q=siren:" + SIREN + "\"}}")));
        assertThat(sirene.etablissementsDuSiren(SIREN, JOUR)).isEqualTo(new Sirene.Etablissements.Inconnu());
        assertThat(sirene.etablissementsDuSiren("12345", JOUR)).as("not a SIREN: not asked")
                .isEqualTo(new Sirene.Etablissements.Inconnu());
        insee.verify(1, getRequestedFor(urlPathEqualTo(BASE + "/siret")));
    }

    @Test
    void uneErreurSurUneDesPagesRendLaListeIndisponible() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret")).withQueryParam("debut", equalTo("0"))
                .willReturn(okJson(page(1500, 0, 1000))));
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret")).withQueryParam("debut", equalTo("1000"))
                .willReturn(aResponse().withStatus(503)));
        assertThat(sirene.etablissementsDuSiren(SIREN, JOUR)).isEqualTo(new Sirene.Etablissements.Indisponible("HTTP 503"));
    }

    @Test
    void uneApiQuiAnnonceToujoursPlusDeResultatsNeFaitPasBouclerSansFin() {
        Sirene petitesPages = sirene(1);
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret")).willReturn(okJson(page(1_000_000, 0, 1))));
        Sirene.Etablissements reponse = petitesPages.etablissementsDuSiren(SIREN, JOUR);
        assertThat(((Sirene.Etablissements.Liste) reponse).etablissements()).hasSize(Sirene.PAGES_MAX);
        insee.verify(Sirene.PAGES_MAX, getRequestedFor(urlPathEqualTo(BASE + "/siret")));
    }

    @Test
    void leSuccesseurEstLePremierLienVersUnAutreEtablissement() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/liensSuccession")).willReturn(okJson("""
                {"header":{"statut":200,"message":"OK","total":2,"debut":0,"nombre":2},
                 "liensSuccession":[
                   {"siretEtablissementPredecesseur":"%1$s","siretEtablissementSuccesseur":"%1$s",
                    "dateLienSuccession":"2019-01-01","transfertSiege":false,"continuiteEconomique":true,
                    "dateDernierTraitementLienSuccession":"2019-02-01T10:00:00.000"},
                   {"siretEtablissementPredecesseur":"%1$s","siretEtablissementSuccesseur":"73282932000090",
                    "dateLienSuccession":"2024-06-01","transfertSiege":true,"continuiteEconomique":true,
                    "dateDernierTraitementLienSuccession":"2024-06-12T08:31:12.000"}]}""".formatted(SIRET))));

        assertThat(sirene.successeur(SIRET)).isEqualTo(new Sirene.Succession.Successeur("73282932000090"));
        insee.verify(getRequestedFor(urlPathEqualTo(BASE + "/siret/liensSuccession"))
                .withQueryParam("q", equalTo("siretEtablissementPredecesseur:" + SIRET))
                .withHeader("X-INSEE-Api-Key-Integration", equalTo("cle-test")));
    }

    @Test
    void sansLienDeSuccessionIlNYAPasDeSuccesseur() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/liensSuccession")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"header\":{\"statut\":404,\"message\":\"Aucun élément trouvé\"}}")));
        assertThat(sirene.successeur(SIRET)).isEqualTo(new Sirene.Succession.AucunSuccesseur());

        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/liensSuccession")).willReturn(okJson(
                "{\"header\":{\"statut\":200,\"message\":\"OK\",\"total\":0,\"debut\":0,\"nombre\":0},"
                        + "\"liensSuccession\":[]}")));
        assertThat(sirene.successeur(SIRET)).isEqualTo(new Sirene.Succession.AucunSuccesseur());
    }

    @Test
    void uneErreurDeLAPIRendLaSuccessionIndisponible() {
        insee.stubFor(get(urlPathEqualTo(BASE + "/siret/liensSuccession")).willReturn(aResponse().withStatus(502)));
        assertThat(sirene.successeur(SIRET)).isEqualTo(new Sirene.Succession.Indisponible("HTTP 502"));
        assertThat(requetes("/siret/liensSuccession")).isEqualTo(2);
    }
}
