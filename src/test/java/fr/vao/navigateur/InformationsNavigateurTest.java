package fr.vao.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The back office's "Informations" page in a real browser, every page checked by axe-core (ADR 0022): a national agent
 * reaches it from the menu, filters the organismes non agréés, adds one (with its field errors first), changes it and
 * deletes it after the confirmation; a departmental agent reads the list without any edit button.
 */
class InformationsNavigateurTest extends TestNavigateur {

    private String agent(String territoire, String... roles) {
        String email = "informations-" + territoire.toLowerCase() + "-" + System.nanoTime() + "@vao.test";
        long id = jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                values (:email, :hash, 'Agent', 'Informations', :t, now(), now()) returning id""")
                .param("email", email).param("hash", HASH_DEMO).param("t", territoire).query(Long.class).single();
        for (String r : roles) {
            jdbc.sql("insert into agent_role (agent_id, role) values (:a, :r)").param("a", id).param("r", r).update();
        }
        return email;
    }

    private void envoyer(String texte) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + texte + "\"]")).click();
    }

    @Test
    void unAgentNationalTientLaListeDesOrganismesNonAgrees() {
        seConnecter("/bo/connexion", agent("FRA", "Compte"), MOT_DE_PASSE_DEMO);
        ouvrir("/bo");
        navigateur.findElement(By.linkText("Informations")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/bo/informations"));
        verifierAccessibilite();
        new Select(navigateur.findElement(By.id("f-region"))).selectByVisibleText("Corse");
        envoyer("Filtrer");
        attendreTexte("1 organisme non agréé");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("ASSOCIATION VENT DU SUD");

        navigateur.findElement(By.linkText("Ajouter un organisme non agréé")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/nouveau"));
        verifierAccessibilite();
        remplir("siret", "12345678901234");
        envoyer("Enregistrer");
        attendreTexte("Saisissez un SIRET valide de 14 chiffres.");
        verifierAccessibilite();
        capture("informations-formulaire-erreurs");
        remplir("siret", "92000000000017");
        remplir("nom", "NAVIGATEUR VACANCES");
        new Select(navigateur.findElement(By.id("regionDelivrance"))).selectByVisibleText("Bretagne");
        new Select(navigateur.findElement(By.id("natureDecision"))).selectByVisibleText("Retrait");
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].value = '2025-02-03'",
                navigateur.findElement(By.id("dateDecision")));
        envoyer("Enregistrer");
        attendreTexte("L’organisme a été ajouté à la liste des organismes non agréés.");
        verifierAccessibilite();
        capture("informations-liste-nationale");

        ouvrir("/bo/informations?nom=navigateur");
        ((JavascriptExecutor) navigateur).executeScript("document.querySelector('table').scrollIntoView()");
        capture("informations-tableau");
        navigateur.findElement(By.linkText("Modifier")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/modifier"));
        verifierAccessibilite();
        new Select(navigateur.findElement(By.id("natureDecision"))).selectByVisibleText("Suspension");
        envoyer("Enregistrer");
        attendreTexte("L’organisme non agréé a été modifié.");
        assertThat(jdbc.sql("select nature_decision from organisme_non_agree where siret = '92000000000017'")
                .query(String.class).single()).isEqualTo("SUSPENSION");

        ouvrir("/bo/informations?nom=navigateur");
        envoyer("Supprimer");
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        attendreTexte("L’organisme a été retiré de la liste des organismes non agréés.");
        verifierAccessibilite();
        assertThat(jdbc.sql("select count(*) from organisme_non_agree where siret = '92000000000017'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void unAgentDepartementalLitLaListeSansPouvoirLaModifier() {
        seConnecter("/bo/connexion", agent("75", "DemandeSejour_Ecriture"), MOT_DE_PASSE_DEMO);
        ouvrir("/bo/informations");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("organismes non agréés", "AZUR LOISIRS ADAPTÉS");
        assertThat(navigateur.findElements(By.linkText("Ajouter un organisme non agréé"))).isEmpty();
        assertThat(navigateur.findElements(By.xpath("//button[normalize-space()='Supprimer']"))).isEmpty();
        ouvrir("/bo/informations/nouveau");
        assertThat(texteDeLaPage()).contains("Accès refusé");
    }
}
