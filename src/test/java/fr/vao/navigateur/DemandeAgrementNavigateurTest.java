package fr.vao.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.agrement.RemplissageDemande;
import fr.vao.plateforme.fonctionnalites.Fonctionnalites;

/**
 * A renewal request in Chromium (spec §2.6 C, issue 5 acceptance): from the "arrive à expiration" banner of the home
 * page, through every step with its files, to the synthèse and "Transmis". axe-core checks every page visited.
 */
class DemandeAgrementNavigateurTest extends TestNavigateur {

    private static final String TEXTE = "Un texte de plus de vingt caractères pour la demande";

    @AfterEach
    void fermerLesDemandes() {
        drapeau(false);
    }

    private void drapeau(boolean actif) {
        jdbc.sql("update fonctionnalite set active = :a where code = :c").param("a", actif)
                .param("c", Fonctionnalites.RENOUVELLEMENT_AGREMENT).update();
    }

    private void cocher(String pour) {
        navigateur.findElement(By.cssSelector("label[for='" + pour + "']")).click();
    }

    private void joindre(String categorie, Path fichier) {
        navigateur.findElement(By.id("pieces[" + categorie + "]")).sendKeys(fichier.toAbsolutePath().toString());
    }

    private void continuer(String suivante) {
        navigateur.findElement(By.xpath("//button[normalize-space()='Enregistrer et continuer']")).click();
        attendreUrl(suivante);
        verifierAccessibilite();
        capture("agrement-etape-" + suivante.substring(1));
    }

    @Test
    void unRenouvellementDepuisLaBanniereJusquAuStatutTransmis() throws Exception {
        antivirusSain();
        drapeau(true);
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, LocalDate.now().plusDays(150));
        Path pdf = Files.createTempFile("piece-", ".pdf");
        Files.write(pdf, RemplissageDemande.PDF);

        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/");
        assertThat(navigateur.findElement(By.id("banniere-expiration")).getText())
                .contains("Votre agrément arrive à expiration", "dans 150 jours");
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//button[normalize-space()='Demander le renouvellement']")).click();
        attendreUrl("/coordonnees");
        verifierAccessibilite();
        String base = navigateur.getCurrentUrl().replace("/coordonnees", "");
        assertThat(texteDeLaPage()).contains("VACANCES POUR TOUS", "Étape 1 sur 5");

        remplir("telephone", "0140000009");
        joindre("AGR_PROCVERBAL", pdf);
        continuer("/dossier");

        remplir("motivations", TEXTE);
        ((JavascriptExecutor) navigateur).executeScript("document.getElementById('dateCertificat').value = '2022-05-10'");
        joindre("AGR_IMMATRICUL", pdf);
        joindre("AGR_ASSURRESP", pdf);
        joindre("AGR_ASSURRAPAT", pdf);
        continuer("/bilan");

        for (int i = 0; i < 4; i++) {
            String p = "annees[" + i + "].";
            remplir(p + "nbVacanciers", "30");
            remplir(p + "nbHommes", "15");
            remplir(p + "nbFemmes", "15");
            remplir(p + "nbJours", "420");
            cocher(p + "handicaps-MOTEUR");
            cocher(p + "tranchesAge-40_59");
        }
        remplir("annees[0].hebergements[0].nom", "Maison des Lilas");
        remplir("annees[0].hebergements[0].adresse", "10 rue des Lilas 75019 Paris");
        remplir("annees[0].hebergements[0].nbJours", "14");
        cocher("annees[0].hebergements[0].mois-8");
        for (String champ : new String[] {"perception", "perspectives", "elementsMarquants", "comptabilite",
            "comparatif"}) {
            remplir(champ, TEXTE);
        }
        cocher("aucunChangement");
        joindre("AGR_BILANQUALITPERCEPTION", pdf);
        joindre("AGR_BILANQUALITPERSPECTIVE", pdf);
        joindre("AGR_BILANQUALITELEMARQ", pdf);
        continuer("/projet");

        cocher("deficiences-MOTEUR");
        remplir("sejours[0].nomHebergement", "Maison des Lilas");
        remplir("sejours[0].adresse", "10 rue des Lilas 75019 Paris");
        remplir("sejours[0].nbVacanciers", "12");
        cocher("sejours[0].mois-7");
        cocher("activites-RANDONNEE");
        remplir("nbAccompagnants", "4");
        remplir("transportAllerRetour", "Car affrété depuis Paris");
        remplir("transportSejour", "Minibus adapté");
        for (String champ : new String[] {"competences", "recrutementUrgence", "suiviDistribution", "suiviAccords",
            "protocoleEvacuation", "protocoleRapatriement", "protocoleRapatriementEtranger",
            "protocoleInformationFamilles", "budgetGestion"}) {
            remplir(champ, TEXTE);
        }
        cocher("attestationCasier");
        joindre("AGR_PROJSEJCOMPETEXP", pdf);
        joindre("AGR_PROJETSSEJOURSMESURES", pdf);
        continuer("/synthese");

        assertThat(texteDeLaPage()).doesNotContain("incomplet").contains("Maison des Lilas", "Randonnée");
        navigateur.findElement(By.xpath("//button[normalize-space()='Transmettre la demande']")).click();
        attendreUrl(base.substring(base.indexOf("/agrement")));
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(20))
                .until(d -> texteDeLaPage().contains("a été transmise"));
        assertThat(texteDeLaPage()).containsIgnoringCase("Transmis").contains("Date de dépôt");
        verifierAccessibilite();
        capture("agrement-renouvellement-transmis");
        long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select statut from agrement where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("TRANSMIS");
        // the banner is gone: a request is in progress
        ouvrir("/");
        assertThat(navigateur.findElements(By.id("banniere-expiration"))).isEmpty();
    }
}
