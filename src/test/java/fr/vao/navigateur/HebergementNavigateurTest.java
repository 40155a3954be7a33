package fr.vao.navigateur;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vao.compte.agent.FixturesAgents;

/**
 * An organiser creates an hébergement in a real browser, its address chosen among the API Adresse suggestions
 * (WireMock, payload shaped like the real API's); an agent of its département sees it, an agent of another does not.
 * axe-core checks every page visited.
 */
class HebergementNavigateurTest extends TestNavigateur {

    private static final String LABEL = "12 Rue de la Paix 75002 Paris";

    private void cliquer(String pour) {
        navigateur.findElement(By.cssSelector("label[for='" + pour + "']")).click();
    }

    private void attendre(String chemin) {
        try {
            new WebDriverWait(navigateur, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(chemin));
        } catch (TimeoutException e) {
            throw new AssertionError("Page attendue " + chemin + ", obtenue " + navigateur.getCurrentUrl() + "\n"
                    + texteDeLaPage(), e);
        }
    }

    @Test
    void unOrganisateurCreeUnHebergementVuParLAgentDeSonDepartementSeulement() throws Exception {
        antivirusSain();
        API.stubFor(get(urlPathEqualTo("/ban/search/")).willReturn(okJson("""
                {"type":"FeatureCollection","version":"draft","features":[{"type":"Feature",
                  "geometry":{"type":"Point","coordinates":[2.331,48.869]},
                  "properties":{"label":"%s","score":0.97,"housenumber":"12","id":"75102_7048_00012",
                    "name":"12 Rue de la Paix","postcode":"75002","citycode":"75102","x":651380.5,"y":6863290.1,
                    "city":"Paris","district":"Paris 2e Arrondissement","context":"75, Paris, Île-de-France",
                    "type":"housenumber","importance":0.72,"street":"Rue de la Paix"}}],
                 "attribution":"BAN","licence":"ETALAB-2.0","query":"12 rue de la","limit":5}""".formatted(LABEL))));
        String siret = "527654321" + "00016";
        long organisme = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, cree_le, modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, true, now(), now()) returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).query(Long.class).single();
        long organisateur = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                values ('hebergement-navigateur@vao.test', :mdp, 'Bernard', 'Lucie', '0612345678', :siret, true, '11',
                        'VALIDATED', now()) returning id""").param("mdp", HASH_DEMO).param("siret", siret)
                .query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", organisateur).param("o", organisme).update();
        Path reponse = Files.createTempFile("reponse-exploitant", ".pdf");
        Files.writeString(reponse, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", StandardCharsets.US_ASCII);

        seConnecter("/connexion", "hebergement-navigateur@vao.test", MOT_DE_PASSE_DEMO);
        ouvrir("/hebergements");
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Ajouter un hébergement")).click();
        attendre("/hebergements/nouveau");
        verifierAccessibilite();

        remplir("nom", "Gîte des Lilas navigateur");
        remplir("nomGestionnaire", "Jeanne Martin");
        remplir("adresse", "12 rue de la");
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("#adresse-suggestions option")).isEmpty());
        assertThat(navigateur.findElement(By.cssSelector("#adresse-suggestions option")).getAttribute("value"))
                .isEqualTo(LABEL);
        remplir("adresse", LABEL); // what choosing the suggestion types
        new WebDriverWait(navigateur, Duration.ofSeconds(5)).until(d -> "75102_7048_00012".equals(
                d.findElement(By.id("adresseCle")).getAttribute("value")));
        remplir("telephone1", "0102030405");
        remplir("email", "gite@lilas.fr");
        cliquer("type-hotel");
        cliquer("visiteLocaux-false");
        cliquer("reglementationErp-false");
        navigateur.findElement(By.id("reponseExploitant")).sendKeys(reponse.toAbsolutePath().toString());
        cliquer("accessibilite-accessible");
        cliquer("pension-demi_pension");
        cliquer("prestations-entretien_locaux");
        remplir("description", "Deux salles de bain, un salon commun");
        remplir("nombreLits", "12");
        remplir("nombreMaxPersonnesCouchage", "2");
        for (String q : new String[] {"couchageIndividuel", "rangementIndividuel", "chambresUnisexes",
            "chambresDoubles", "vehiculesAdaptes"}) {
            cliquer(q + "-true");
        }
        cliquer("amenagementsSpecifiques-false");
        remplir("deplacementProximite", "Minibus, 5 km par jour");
        remplir("excursion", "Une excursion par semaine en car");
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].click();",
                navigateur.findElement(By.cssSelector("button[name='action'][value='activer']")));

        new WebDriverWait(navigateur, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl()
                .matches(".*/hebergements/[0-9a-f-]{36}$"));
        assertThat(texteDeLaPage()).contains("Hébergement sauvegardé.").containsIgnoringCase("Actif");
        assertThat(jdbc.sql("select statut || ' ' || departement || ' ' || cle_ban from hebergement "
                + "where nom = 'Gîte des Lilas navigateur' and courante").query(String.class).single())
                .isEqualTo("actif 75 75102_7048_00012");
        verifierAccessibilite();
        ouvrir("/hebergements");
        assertThat(texteDeLaPage()).contains("Gîte des Lilas navigateur", LABEL);
        verifierAccessibilite();
        capture("hebergement-liste");

        effacerCookies();
        FixturesAgents.inserer(jdbc, "heb-ddets-75@vao.test", "Paris", "75");
        FixturesAgents.inserer(jdbc, "heb-ddets-33@vao.test", "Gironde", "33");
        seConnecter("/bo/connexion", "heb-ddets-75@vao.test", MOT_DE_PASSE_DEMO);
        ouvrir("/bo/hebergements?recherche=Lilas+navigateur");
        assertThat(texteDeLaPage()).contains("Gîte des Lilas navigateur", "75");
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Gîte des Lilas navigateur")).click();
        attendre("/bo/hebergements/");
        assertThat(texteDeLaPage()).contains(LABEL, "Demi-pension");
        verifierAccessibilite();
        ouvrir("/bo/hebergements/carte");
        new WebDriverWait(navigateur, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("carte-liste"))
                .getText().contains("Gîte des Lilas navigateur"));
        // Leaflet drew the point sent for the visible box (no tiles in the tests: the page works without them)
        new WebDriverWait(navigateur, Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("#carte.leaflet-container path.leaflet-interactive")).isEmpty());
        assertThat(navigateur.findElement(By.id("carte-liste-titre")).getText())
                .matches("\\d+ hébergement\\(s\\) dans la zone affichée");
        verifierAccessibilite();
        capture("hebergement-carte");

        effacerCookies();
        seConnecter("/bo/connexion", "heb-ddets-33@vao.test", MOT_DE_PASSE_DEMO);
        ouvrir("/bo/hebergements?recherche=Lilas+navigateur");
        assertThat(texteDeLaPage()).doesNotContain("Gîte des Lilas navigateur").contains("0 hébergement(s)");
        verifierAccessibilite();
        Files.deleteIfExists(reponse);
    }
}
