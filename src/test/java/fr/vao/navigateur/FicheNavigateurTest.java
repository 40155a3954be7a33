package fr.vao.navigateur;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A siège social completes its fiche organisateur in a real browser, from a WireMock-backed Sirene, enabling one
 * établissement secondaire; axe-core checks every step (WCAG 2.1 A/AA).
 */
class FicheNavigateurTest extends TestNavigateur {

    private static final String SIREN = "519876543";

    private static String etablissement(String nic, boolean siege, boolean actif) {
        return """
                {"siren":"%s","nic":"%s","siret":"%s%s","etablissementSiege":%s,
                 "uniteLegale":{"etatAdministratifUniteLegale":"A","denominationUniteLegale":"VACANCES BETA",
                                "categorieJuridiqueUniteLegale":"9220"},
                 "adresseEtablissement":{"numeroVoieEtablissement":"8","typeVoieEtablissement":"BD",
                   "libelleVoieEtablissement":"VOLTAIRE","codePostalEtablissement":"75011",
                   "libelleCommuneEtablissement":"PARIS 11","codeCommuneEtablissement":"75111"},
                 "periodesEtablissement":[{"etatAdministratifEtablissement":"%s"}]}"""
                .formatted(SIREN, nic, SIREN, nic, siege, actif ? "A" : "F");
    }

    private void cliquer(String pour) {
        navigateur.findElement(By.cssSelector("label[for='" + pour + "']")).click();
    }

    /** Waits for the page reached after a submit (a click returns before the next page has loaded). */
    private void attendre(String chemin) {
        try {
            new WebDriverWait(navigateur, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(chemin));
        } catch (TimeoutException e) {
            throw new AssertionError("Page attendue " + chemin + ", obtenue " + navigateur.getCurrentUrl() + "\n"
                    + texteDeLaPage(), e);
        }
    }

    private void valider() {
        navigateur.findElement(By.cssSelector("main form[method='post'] button[type='submit']:not([name])")).click();
    }

    @Test
    void unSiegeSocialCompleteEtFinaliseSaFicheEtAutoriseUnEtablissementSecondaire() {
        String siret = SIREN + "00015";
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siret)).willReturn(okJson(
                "{\"header\":{\"statut\":200},\"etablissement\":" + etablissement("00015", true, true) + "}")));
        API.stubFor(get(urlPathEqualTo("/insee/siret")).withQueryParam("q", equalTo("siren:" + SIREN)).willReturn(
                okJson("{\"header\":{\"statut\":200,\"total\":3,\"debut\":0,\"nombre\":3},\"etablissements\":["
                        + etablissement("00015", true, true) + "," + etablissement("00023", false, true) + ","
                        + etablissement("00031", false, false) + "]}")));
        jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                values ('fiche-navigateur@vao.test', :mdp, 'Bernard', 'Lucie', '0612345678', :siret, true, 'IDF',
                        'VALIDATED', now())""").param("mdp", HASH_DEMO).param("siret", siret).update();

        seConnecter("/connexion", "fiche-navigateur@vao.test", MOT_DE_PASSE_DEMO);
        ouvrir("/organisme");
        verifierAccessibilite();
        cliquer("type-PERSONNE_MORALE");
        navigateur.findElement(By.cssSelector("main form[method='get'] button")).click();
        attendre("type=PERSONNE_MORALE");

        assertThat(texteDeLaPage()).contains("VACANCES BETA", "8 BD VOLTAIRE 75011 PARIS 11", "Étape 1 sur 5");
        verifierAccessibilite();
        valider(); // nothing filled: errors, summary first
        assertThat(new WebDriverWait(navigateur, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("resume-erreurs"))).getText())
                .contains("Répondez par Oui ou par Non.", "Ajoutez au moins un représentant légal.");
        verifierAccessibilite();
        cliquer("porteurAgrement-true");
        remplir("email", "contact@beta.fr");
        remplir("telephone", "0102030405");
        remplir("representants[0].nom", "Leroy");
        remplir("representants[0].prenom", "Anne");
        remplir("representants[0].fonction", "Présidente");
        remplir("responsable.nom", "Bernard");
        remplir("responsable.prenom", "Lucie");
        remplir("responsable.fonction", "Directrice");
        API.stubFor(get(urlPathEqualTo("/ban/search/")).willReturn(okJson("""
                {"type":"FeatureCollection","features":[{"type":"Feature",
                  "geometry":{"type":"Point","coordinates":[2.3712,48.8638]},
                  "properties":{"label":"8 Boulevard Voltaire 75011 Paris","score":0.96,"id":"75111_9855_00008",
                    "housenumber":"8","name":"8 Boulevard Voltaire","postcode":"75011","citycode":"75111",
                    "city":"Paris","context":"75, Paris, Île-de-France","type":"housenumber"}}]}""")));
        remplir("responsable.adresse", "8 boulevard Vol");
        // the suggestions of the API Adresse, as for an hébergement
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("[id='responsable.adresse-suggestions'] option")).isEmpty());
        assertThat(navigateur.findElement(By.cssSelector("[id='responsable.adresse-suggestions'] option"))
                .getAttribute("value")).isEqualTo("8 Boulevard Voltaire 75011 Paris");
        remplir("responsable.adresse", "8 Boulevard Voltaire 75011 Paris"); // what choosing the suggestion types
        remplir("responsable.telephone", "0612345678");
        remplir("responsable.email", "lucie@beta.fr");
        valider();

        attendre("/organisme/etablissements");
        assertThat(texteDeLaPage()).contains("2 établissement(s) secondaire(s), dont 1 en activité");
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//button[contains(., 'Autoriser " + SIREN + "00023')]")).click();
        attendreTexte("dont 1 en activité et 1 autorisé(s)");
        navigateur.findElement(By.linkText("Continuer")).click();
        attendre("/organisme/transport");

        verifierAccessibilite();
        cliquer("responsables-vacanciers");
        cliquer("deplacementDurantSejour-false");
        valider();

        attendre("/organisme/sanitaire");
        verifierAccessibilite();
        for (String non : new String[] {"dispositionsSpecifiques", "accordCabinet", "stockageSecurise",
            "individualisationTraitements", "protocoleModification", "protocoleEvacuation", "protocoleAccident",
            "protocoleReorientation", "protocoleCanicule", "troussePharmacie", "conservationThermosensibles",
            "prescriptionJointe", "ficheSuivi"}) {
            cliquer(non + "-false");
        }
        cliquer("responsablesMedicaments-professionnel_sante");
        remplir("precisionMedicaments", "Infirmière libérale du village");
        cliquer("preparationPiluliers-aucune");
        remplir("gestionBudgetPersonnel", "Remis aux vacanciers chaque matin");
        valider();

        attendre("/organisme/synthese");
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//button[contains(., 'Finaliser la fiche organisateur')]")).click();
        // the click returns before the answer has loaded: wait for it rather than read the page being replaced
        new WebDriverWait(navigateur, Duration.ofSeconds(20))
                .until(d -> texteDeLaPage().contains("Fiche organisateur finalisée."));
        verifierAccessibilite();
        ouvrir("/organisme/historique");
        verifierAccessibilite();
    }
}
