package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vao.navigateur.TestNavigateur;

/**
 * A national administrator deletes an organisme in a real browser (ADR 0021), each page checked by axe-core: the
 * detail's action, the confirmation page with its inventory, its errors, and the list with the success message.
 */
class RgpdNavigateurTest extends TestNavigateur {

    @Test
    void unAdministrateurNationalSupprimeUnOrganismeDepuisSaFiche() {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String admin = OrganismesAgrees.agent(jdbc, "FRA", "Compte");
        seConnecter("/bo/connexion", admin, MOT_DE_PASSE_DEMO);

        ouvrir("/bo/organismes/" + o.id());
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Supprimer l’organisme et toutes ses données")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/suppression"));
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Action irréversible", "Hébergements", "Comptes utilisateurs de l’organisme");

        navigateur.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("resume-erreurs")).size() == 1);
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Cochez la case pour confirmer la suppression définitive");

        navigateur.findElement(By.cssSelector("label[for=confirmation]")).click();
        remplir("siret", o.siret()).submit();
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/bo/organismes"));
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("L’organisme de SIRET " + o.siret() + " et toutes ses données ont été supprimés.");
        assertThat(jdbc.sql("select count(*) from organisme where id = :id").param("id", o.id()).query(Long.class)
                .single()).isZero();
    }
}
