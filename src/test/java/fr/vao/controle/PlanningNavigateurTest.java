package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vao.navigateur.TestNavigateur;
import fr.vao.sejour.SejoursPourEig;

/**
 * A DDETS inspector opens the planning of inspections (issue 6 item 1): the stays of the next four weeks in its
 * département on the map (drawn without tiles) and in the calendar list, the detail of a score, the list by date, a
 * period refused with its French error; axe-clean at each step.
 */
class PlanningNavigateurTest extends TestNavigateur {

    @Test
    void unInspecteurConsulteLePlanningSurLaCarteEtDansLaListe() {
        LocalDate aujourdhui = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc);
        long id = SejoursPourEig.declaration(jdbc, o, "VALIDEE 8J", aujourdhui.plusDays(3), aujourdhui.plusDays(9));
        String libelle = "Planning navigateur " + id;
        jdbc.sql("update declaration_sejour set libelle = :l where id = :id").param("l", libelle).param("id", id)
                .update();
        String email = SejoursPourEig.agent(jdbc, "75", "Controle");

        seConnecter("/bo/connexion", email, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/controles");
        assertThat(navigateur.getTitle()).isEqualTo("Planning des contrôles – Portail VAO Administration");
        assertThat(texteDeLaPage()).contains(libelle, "Planifier une inspection", "Carte des hébergements",
                "Séjours de la période, par score de risque");
        // Leaflet drew the points listed in the page (no tiles in the tests: the page works without them)
        new WebDriverWait(navigateur, Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("#carte.leaflet-container path.leaflet-interactive")).isEmpty());
        assertThat(navigateur.findElement(By.id("planning-points")).getText()).contains("Maison des Lilas", libelle);
        verifierAccessibilite();

        WebElement ligne = navigateur.findElement(By.xpath("//tr[th[contains(., '" + libelle + "')]]"));
        assertThat(ligne.getText()).doesNotContain("Organisateur jamais inspecté");
        ligne.findElement(By.tagName("summary")).click();
        assertThat(ligne.getText()).contains("Organisateur jamais inspecté : +15", "Encadrement faible : +20");
        assertThat(ligne.findElement(By.linkText("Planifier une inspection")).getAttribute("href"))
                .endsWith("/bo/controles/inspections/nouvelle?declaration=" + id + "&hebergement=" + o.paris());
        verifierAccessibilite();

        navigateur.findElement(By.linkText("Classer par date")).click();
        attendreUrl("tri=date");
        assertThat(navigateur.findElements(By.tagName("caption")).stream().map(WebElement::getText).toList())
                .anyMatch(c -> c.startsWith("Semaine du "));
        assertThat(texteDeLaPage()).contains(libelle);
        verifierAccessibilite();

        ouvrir("/bo/controles?debut=" + aujourdhui.plusDays(10) + "&fin=" + aujourdhui);
        assertThat(navigateur.findElement(By.id("resume-erreurs")).getText())
                .contains("Saisissez une date de fin égale ou postérieure à la date de début");
        assertThat(texteDeLaPage()).contains("0 séjour(s) dans la période");
        verifierAccessibilite();

        ouvrir("/bo/controles/criteres");
        assertThat(texteDeLaPage()).contains("Critères du score de risque", "vao.controle.poids.premier-sejour");
        verifierAccessibilite();
    }
}
