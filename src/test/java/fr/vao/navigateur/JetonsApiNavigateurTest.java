package fr.vao.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.vao.agrement.OrganismesAgrement;

/**
 * An organiser creates an API token in "Mon compte", sees it once, calls the API with it, then revokes it after a
 * confirmation page: the API refuses it at once. Every page axe-clean.
 */
class JetonsApiNavigateurTest extends TestNavigateur {

    private final HttpClient http = HttpClient.newHttpClient();

    private int appel(String jeton) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/hebergements")))
                .header("Authorization", "Bearer " + jeton).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void unOrganisateurCreeUtiliseEtRevoqueUnJeton() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/mon-compte");
        navigateur.findElement(By.partialLinkText("Gérer mes jetons")).click();
        attendreTexte("Vous n’avez encore créé aucun jeton.");
        verifierAccessibilite();

        // the label is required: the error next to the field, nothing created
        navigateur.findElement(By.xpath("//button[contains(., 'Créer le jeton')]")).click();
        attendreTexte("Saisissez le libellé du jeton.");
        verifierAccessibilite();
        remplir("libelle", "Logiciel de réservation");
        navigateur.findElement(By.xpath("//button[contains(., 'Créer le jeton')]")).click();
        attendreTexte("Copiez ce jeton maintenant");
        verifierAccessibilite();
        String jeton = navigateur.findElement(By.id("jeton")).getAttribute("value").strip();
        assertThat(jeton).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(appel(jeton)).isEqualTo(200);

        // the list never shows it again
        ouvrir("/mon-compte/jetons-api");
        attendreTexte("Logiciel de réservation");
        assertThat(navigateur.getPageSource()).doesNotContain(jeton);
        navigateur.findElement(By.xpath("//a[contains(., 'Révoquer')]")).click();
        attendreTexte("Vous allez révoquer le jeton « Logiciel de réservation »");
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//button[contains(., 'Révoquer le jeton')]")).click();
        attendreTexte("Le jeton a été révoqué.");
        verifierAccessibilite();
        assertThat(navigateur.findElement(By.cssSelector("main table tbody tr")).getText())
                .contains("Logiciel de réservation").containsIgnoringCase("révoqué");
        assertThat(jdbc.sql("select count(*) from jeton_api where organisateur_id = :o and revoque_le is not null")
                .param("o", o.membre().id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(appel(jeton)).isEqualTo(401);
    }
}
