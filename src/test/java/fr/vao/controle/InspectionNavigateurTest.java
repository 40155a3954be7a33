package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vao.compte.agent.RolesAgent;
import fr.vao.navigateur.TestNavigateur;
import fr.vao.sejour.SejoursPourEig;

/**
 * An inspection in a real browser, every page checked by axe-core (issue 6 acceptance): a DDETS agent plans it from
 * the planning of the controls (the stay's line of the calendar list, the period covering the stay), records it
 * (checklist, a finding, a conclusion with an injunction), sends the report; the organiser reads it on its
 * déclaration and answers through the messagerie.
 */
class InspectionNavigateurTest extends TestNavigateur {

    static final String INJONCTION = "Dégager l’issue de secours du premier étage";

    private void cliquer(String texteDuBouton) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + texteDuBouton + "\"]")).click();
    }

    private void valeur(String id, String valeur) {
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].value = arguments[1]",
                navigateur.findElement(By.id(id)), valeur);
    }

    private void etiquette(String pour) {
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].click()",
                navigateur.findElement(By.cssSelector("label[for='" + pour + "']")));
    }

    @Test
    void laDdetsPlanifieEnregistreEtEnvoieLeRapportLOrganisateurLeLitEtRepond() {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc);
        String ddets = SejoursPourEig.agent(jdbc, "75", RolesAgent.CONTROLE, RolesAgent.DS_ECRITURE);
        long agentId = SejoursPourEig.idAgent(jdbc, ddets);
        LocalDate aujourdhui = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
        long sejour = SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", aujourdhui.minusDays(2),
                aujourdhui.plusDays(6));

        String libelle = "Inspection navigateur " + sejour;
        jdbc.sql("update declaration_sejour set libelle = :l where id = :id").param("l", libelle)
                .param("id", sejour).update();

        // from the planning: the period covering the stay, its line of the calendar list
        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/controles?debut=" + aujourdhui + "&fin=" + aujourdhui.plusDays(6));
        attendreTexte("Séjours de la période, par score de risque");
        assertThat(navigateur.findElement(By.id("planning-points")).getText()).contains(libelle);
        verifierAccessibilite();
        WebElement ligne = navigateur.findElement(By.xpath("//tr[th[contains(., '" + libelle + "')]]"));
        ligne.findElement(By.linkText("Planifier une inspection")).click();
        attendreTexte("Hébergement visité");
        verifierAccessibilite();
        etiquette("hebergement-0");
        valeur("date", aujourdhui.toString());
        // the agent planning it is proposed, already ticked
        assertThat(navigateur.findElement(By.id("agent-" + agentId)).isSelected()).isTrue();
        cliquer("Planifier une inspection");
        attendreTexte("L’inspection a été planifiée.");
        verifierAccessibilite();

        etiquette("etat-PERSONNEL_PRESENT-NON_CONFORME");
        remplir("commentaire-PERSONNEL_PRESENT", "Un accompagnant absent");
        etiquette("etat-HYGIENE-CONFORME");
        new Select(navigateur.findElement(By.id("constatGravite"))).selectByValue("MAJEURE");
        new Select(navigateur.findElement(By.id("constatPoint"))).selectByValue("SECURITE_HEBERGEMENT");
        remplir("constatDescription", "Issue de secours encombrée par des valises");
        etiquette("conclusion-INJONCTION");
        remplir("injonctionTexte", INJONCTION);
        valeur("injonctionEcheance", aujourdhui.plusDays(15).toString());
        cliquer("Réalisée");
        attendreTexte("L’inspection est réalisée.");
        assertThat(texteDeLaPage()).contains("Issue de secours encombrée").contains(INJONCTION);
        verifierAccessibilite();
        cliquer("Envoyer le rapport");
        // irreversible (the organiser sees the inspection from then on): the browser asks first
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        attendreTexte("Le rapport d’inspection a été envoyé à l’organisateur.");
        assertThat(navigateur.findElement(By.id("statut-inspection")).getText()).isEqualToIgnoringCase("Rapport envoyé");
        verifierAccessibilite();
        capture("inspection-bo");
        ouvrir("/bo/controles/inspections");
        attendreTexte(libelle);
        verifierAccessibilite();
        // the déclaration's "Contrôle" tab lists it for the agents
        ouvrir("/bo/sejours/" + sejour);
        attendreTexte("Historique");
        navigateur.findElement(By.id("onglet-controle")).click();
        attendreTexte("Conclusion : ");
        assertThat(texteDeLaPage()).doesNotContain("Aucune inspection.");
        verifierAccessibilite();

        // the organiser reads it on its déclaration and answers through the messagerie
        effacerCookies();
        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/sejours/" + sejour + "/synthese");
        attendreTexte("Historique");
        navigateur.findElement(By.id("onglet-controle")).click();
        attendreTexte(INJONCTION);
        assertThat(texteDeLaPage()).contains("Rapport d’inspection (PDF)");
        verifierAccessibilite();
        capture("inspection-organisateur");
        navigateur.findElement(By.id("onglet-messagerie")).click();
        attendreTexte("N’envoyez pas de données personnelles sensibles");
        remplir("texte", "L’issue de secours a été dégagée ce matin, photo à suivre.");
        cliquer("Envoyer le message");
        attendreTexte("Votre message a été envoyé.");
        verifierAccessibilite();
    }
}
