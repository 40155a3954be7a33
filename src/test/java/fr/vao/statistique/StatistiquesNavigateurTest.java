package fr.vao.statistique;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vao.navigateur.TestNavigateur;

/**
 * The statistics pages in a real browser at each level, each checked by axe-core: a national agent refreshes the
 * figures, every figure shows a drawn Chart.js chart and its table; a DREETS and a DDETS agent see their dashboard;
 * the definitions page.
 */
class StatistiquesNavigateurTest extends TestNavigateur {

    private String agent(String territoire) {
        String email = "agent-statistique-" + territoire.toLowerCase() + "-" + System.nanoTime() + "@vao.test";
        long id = jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                values (:email, :mdp, 'Agent', 'Test', :t, now(), now()) returning id""").param("email", email)
                .param("mdp", HASH_DEMO).param("t", territoire)
                .query(Long.class).single();
        jdbc.sql("insert into agent_role (agent_id, role) values (:a, 'DemandeSejour_Lecture')").param("a", id)
                .update();
        return email;
    }

    private void graphiquesDessines() {
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return typeof Chart !== 'undefined' && Array.prototype.every.call("
                        + "document.querySelectorAll('canvas[data-graphique]'), function (c) { "
                        + "return Chart.getChart(c) !== undefined; })")));
        long graphiques = (Long) ((JavascriptExecutor) navigateur)
                .executeScript("return document.querySelectorAll('canvas[data-graphique]').length");
        assertThat(graphiques).isEqualTo(navigateur.findElements(By.cssSelector("section table caption")).size())
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void lesStatistiquesMontrentGraphiquesEtTableauxAChaqueNiveau() {
        seConnecter("/bo/connexion", agent("FRA"), MOT_DE_PASSE_DEMO);
        ouvrir("/bo/statistiques");
        navigateur.findElement(By.xpath("//button[normalize-space()='Actualiser les chiffres']")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("Les chiffres ont été actualisés."));
        graphiquesDessines();
        verifierAccessibilite();
        capture("statistiques-national");
        ((JavascriptExecutor) navigateur).executeScript(
                "document.getElementById('figure-sejours-mois').scrollIntoView()");
        capture("statistiques-national-graphique");
        assertThat(texteDeLaPage()).contains("Statistiques France", "Séjours et vacanciers par mois de début",
                "Organisateurs agréés par région", "Constats d’inspection par gravité", "Inspections par conclusion",
                "Injonctions par état").doesNotContain("ne sont pas encore disponibles");
        navigateur.findElement(By.linkText("Définitions des statistiques")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/definitions"));
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Un séjour est compté dès qu’il est VALIDEE 8J", "un constat compte pour sa gravité");

        effacerCookies();
        seConnecter("/bo/connexion", agent("IDF"), MOT_DE_PASSE_DEMO);
        ouvrir("/bo/statistiques");
        graphiquesDessines();
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Statistiques Île-de-France", "Agréments : demandes, décisions");
        assertThat(navigateur.findElements(By.xpath("//button[normalize-space()='Actualiser les chiffres']")))
                .isEmpty();

        effacerCookies();
        seConnecter("/bo/connexion", agent("75"), MOT_DE_PASSE_DEMO);
        ouvrir("/bo/statistiques");
        graphiquesDessines();
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Statistiques Paris", "EIG pour 1 000 vacanciers")
                .doesNotContain("Organisateurs agréés par région");
    }
}
