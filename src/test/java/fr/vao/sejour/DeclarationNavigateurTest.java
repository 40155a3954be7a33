package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vao.navigateur.TestNavigateur;

/**
 * A déclaration in a real browser, every page checked by axe-core: the organiser fills the 8 steps and submits it;
 * the DDETS of the hébergement's département takes it in charge and registers it; the organiser lists the staff at
 * 8 days (rows pasted, one person typed, the training) and submits; the DDETS validates it; the DDETS of another
 * département gets the "page introuvable".
 */
class DeclarationNavigateurTest extends TestNavigateur {

    private void attendre(String chemin) {
        try {
            new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(chemin));
        } catch (TimeoutException e) {
            throw new AssertionError("Page attendue " + chemin + ", obtenue " + navigateur.getCurrentUrl() + "\n"
                    + texteDeLaPage(), e);
        }
    }

    private void cocher(String pour) {
        navigateur.findElement(By.cssSelector("label[for='" + pour + "']")).click();
    }

    /** A date field set as the browser's date picker would (its typed format depends on the locale). */
    private void date(String id, LocalDate valeur) {
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].value = arguments[1]",
                navigateur.findElement(By.id(id)), valeur.toString());
    }

    /** Text pasted into a field: typing a tab would move the focus out of it, as a person's tab key does. */
    private void coller(String id, String texte) {
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].value = arguments[1]",
                navigateur.findElement(By.id(id)), texte);
    }

    private void envoyer(String texteDuBouton) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + texteDuBouton + "\"]")).click();
    }

    private void confirmer() {
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    void unOrganisateurDeclareUnSejourQueLaDdetsPrendEnChargeEtEnregistre() {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String ddets = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        String autre = OrganismesAgrees.agent(jdbc, "69", "DemandeSejour_Ecriture");
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
        LocalDate fin = debut.plusDays(7);

        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/sejours");
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Nouvelle déclaration de séjour")).click();
        attendre("/sejours/nouvelle");
        verifierAccessibilite();
        remplir("libelle", "Séjour navigateur en Bretagne");
        date("dateDebut", debut);
        date("dateFin", fin);
        envoyer("Enregistrer et continuer");

        attendre("/vacanciers");
        verifierAccessibilite();
        remplir("femmes", "4");
        remplir("hommes", "6");
        remplir("total", "10");
        cocher("tranchesAge-40_59");
        cocher("deficiences-visuel");
        remplir("precisionDeficiences", "Deux personnes malvoyantes");
        envoyer("Enregistrer et continuer");

        attendre("/personnel");
        verifierAccessibilite();
        remplir("nombreAccompagnants", "3");
        remplir("nombreResponsables", "1");
        cocher("procedureRecrutementSupplementaire-true");
        envoyer("Enregistrer et continuer");

        attendre("/projet");
        verifierAccessibilite();
        cocher("destinations-mer");
        cocher("activitesCulturelles-musique");
        envoyer("Enregistrer et continuer");

        attendre("/transport");
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Continuer")).click();
        attendre("/sanitaire");
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Continuer")).click();

        attendre("/hebergements");
        verifierAccessibilite();
        new Select(navigateur.findElement(By.id("hebergementId"))).selectByVisibleText("Maison des Lilas (75)");
        date("etape.dateDebut", debut);
        date("etape.dateFin", fin);
        envoyer("Ajouter un hébergement");
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> texteDeLaPage().contains("Retirer"));
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Continuer")).click();

        attendre("/synthese");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).doesNotContain("incomplet");
        cocher("aCertifie");
        remplir("nom", "Lefebvre");
        remplir("prenom", "Julie");
        remplir("qualite", "Directrice");
        envoyer("Transmettre ma déclaration de séjour à 2 mois");
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> texteDeLaPage().contains("Félicitations"));
        verifierAccessibilite();
        String numero = jdbc.sql("select numero from declaration_sejour where organisme_id = :o")
                .param("o", o.id()).query(String.class).single();
        assertThat(texteDeLaPage()).contains(numero, "Transmise");

        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/sejours?numero=" + numero);
        verifierAccessibilite();
        navigateur.findElement(By.linkText(numero)).click();
        attendre("/bo/sejours/");
        verifierAccessibilite();
        String detail = navigateur.getCurrentUrl();
        envoyer("Prendre en charge la déclaration");
        confirmer();
        new WebDriverWait(navigateur, Duration.ofSeconds(20))
                .until(d -> texteDeLaPage().contains("La déclaration est prise en charge."));
        verifierAccessibilite();
        envoyer("Enregistrer la déclaration à 2 mois (accusé de réception)");
        confirmer();
        new WebDriverWait(navigateur, Duration.ofSeconds(20))
                .until(d -> texteDeLaPage().contains("La déclaration a été enregistrée"));
        assertThat(jdbc.sql("select statut from declaration_sejour where numero = :n").param("n", numero)
                .query(String.class).single()).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");

        // the 8-day declaration: staff pasted from a spreadsheet, one person typed, the training
        effacerCookies();
        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        long id = jdbc.sql("select id from declaration_sejour where numero = :n").param("n", numero)
                .query(Long.class).single();
        ouvrir("/sejours/" + id + "/personnel");
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Personnel d’encadrement")).click();
        attendre("/personnel/encadrants");
        verifierAccessibilite();
        coller("texte", "Durand\tPaul\t02/05/1980\tBAFD\tdistribution des médicaments\t0612345678");
        cocher("attestationTous");
        envoyer("Importer");
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> texteDeLaPage().contains("importée"));
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Paul Durand");
        ouvrir("/sejours/" + id + "/personnel/accompagnants");
        remplir("nom", "Petit");
        remplir("prenom", "Léa");
        date("dateNaissance", LocalDate.of(1999, 1, 20));
        remplir("competence", "BAFA");
        cocher("fonctions-restauration");
        remplir("telephone", "0698765432");
        cocher("attestation");
        envoyer("Ajouter une personne");
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> texteDeLaPage().contains("Léa Petit"));
        verifierAccessibilite();
        ouvrir("/sejours/" + id + "/personnel");
        remplir("formation", "Réunion de deux heures la veille du départ");
        envoyer("Enregistrer la formation");
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> texteDeLaPage().contains("sauvegardée"));
        ouvrir("/sejours/" + id + "/synthese");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).doesNotContain("incomplet");
        cocher("aCertifie");
        remplir("nom", "Lefebvre");
        remplir("prenom", "Julie");
        remplir("qualite", "Directrice");
        envoyer("Transmettre ma déclaration de séjour à 8 jours");
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> texteDeLaPage().contains("Félicitations"));

        effacerCookies();
        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        navigateur.get(detail);
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Léa Petit", "Paul Durand");
        envoyer("Prendre en charge la déclaration");
        confirmer();
        new WebDriverWait(navigateur, Duration.ofSeconds(20))
                .until(d -> texteDeLaPage().contains("La déclaration est prise en charge."));
        envoyer("Enregistrer la déclaration à 8 jours (accusé de réception)");
        confirmer();
        new WebDriverWait(navigateur, Duration.ofSeconds(20))
                .until(d -> texteDeLaPage().contains("La déclaration a été enregistrée"));
        assertThat(jdbc.sql("select statut from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("VALIDEE 8J");
        // the Documents tab lists the generated PDFs, each a download link of the back office
        envoyer("Documents");
        new WebDriverWait(navigateur, Duration.ofSeconds(10))
                .until(d -> navigateur.findElement(By.linkText("AR_" + numero + "_8J.pdf")).isDisplayed());
        verifierAccessibilite();
        assertThat(navigateur.findElement(By.linkText(numero + "_8jours.pdf")).getAttribute("href"))
                .contains("/bo/documents/");

        effacerCookies();
        seConnecter("/bo/connexion", autre, MOT_DE_PASSE_DEMO);
        navigateur.get(detail);
        assertThat(texteDeLaPage()).contains("Page non trouvée");
    }
}
