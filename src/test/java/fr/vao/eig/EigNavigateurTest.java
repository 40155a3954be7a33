package fr.vao.eig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import fr.vao.compte.RolesOrganisateurs;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.navigateur.TestNavigateur;
import fr.vao.sejour.SejoursPourEig;

/**
 * An EIG in a real browser, every page checked by axe-core: declared in its 4 steps by an Eig_Ecriture organiser
 * and transmitted, read by the DDETS of the incident's département (after its confirmation), then by the DREETS of
 * the agrément's région: LU, on both sides.
 */
class EigNavigateurTest extends TestNavigateur {

    private void cliquer(String texteDuBouton) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + texteDuBouton + "\"]")).click();
    }

    private void valeur(String id, String valeur) {
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].value = arguments[1]",
                navigateur.findElement(By.id(id)), valeur);
    }

    @Test
    void unEigDeclareLuParLaDdetsPuisLaDreets() {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        String ddets = SejoursPourEig.agent(jdbc, "75", RolesAgent.EIG, RolesAgent.DS_ECRITURE);
        String dreets = SejoursPourEig.agent(jdbc, "IDF", RolesAgent.EIG);
        LocalDate aujourdhui = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
        long sejour = SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", aujourdhui.minusDays(2),
                aujourdhui.plusDays(6));

        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/eig");
        attendreTexte("Déclarer un EIG");
        verifierAccessibilite();
        navigateur.findElement(By.linkText("Déclarer un EIG")).click();
        attendreTexte("Sélection du séjour");
        verifierAccessibilite();
        navigateur.findElement(By.partialLinkText("Séjour EIG à la mer")).click();
        attendreTexte("Département de l’incident");
        verifierAccessibilite();
        valeur("dateIncident", aujourdhui.minusDays(1).toString());
        cliquer("Enregistrer et continuer");
        attendreTexte("Étape 2 sur 4");
        verifierAccessibilite();
        navigateur.findElement(By.cssSelector("label[for='type-FUGUE']")).click();
        cliquer("Enregistrer et continuer");
        attendreTexte("Personnel présent lors de l’incident");
        verifierAccessibilite();
        navigateur.findElement(By.cssSelector("label[for='membre-0']")).click();
        valeur("deroulement", "Un vacancier a quitté le groupe pendant la visite du port.");
        valeur("dispositionRemediation", "Comptage des vacanciers toutes les heures.");
        valeur("dispositionVictimes", "Vacancier retrouvé après une heure, examiné par l’infirmière.");
        valeur("dispositionInformations", "Tuteur prévenu par téléphone le jour même.");
        cliquer("Enregistrer et continuer");
        attendreTexte("Seront informés de cet EIG");
        verifierAccessibilite();
        cliquer("Transmettre");
        attendreTexte("Cochez la certification");
        verifierAccessibilite();
        navigateur.findElement(By.cssSelector("label[for='atteste']")).click();
        cliquer("Transmettre");
        attendreTexte("Votre EIG a été transmis");
        verifierAccessibilite();
        capture("eig-organisateur-liste");
        long id = jdbc.sql("select id from eig where declaration_id = :d").param("d", sejour).query(Long.class)
                .single();

        // the DDETS 75: the menu's counter, the confirmation, then the content
        effacerCookies();
        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/eig");
        attendreTexte("DS-EIG-");
        assertThat(navigateur.findElement(By.id("navigation")).getText()).containsPattern("EIG \\([1-9]\\d*\\)");
        verifierAccessibilite();
        ouvrir("/bo/eig/" + id);
        attendreTexte("Consultation d’un EIG");
        assertThat(texteDeLaPage()).doesNotContain("visite du port");
        verifierAccessibilite();
        cliquer("Consulter l’EIG");
        attendreTexte("visite du port");
        assertThat(texteDeLaPage()).containsIgnoringCase("Lu par la DDETS 75")
                .containsIgnoringCase("Non lu par la DREETS IDF");
        verifierAccessibilite();
        capture("eig-bo-detail");
        ouvrir("/bo/sejours/" + sejour);
        attendreTexte("Historique");
        navigateur.findElement(By.id("onglet-eig")).click();
        attendreTexte("EIG n° " + id);
        verifierAccessibilite();

        // the DREETS IDF: LU
        effacerCookies();
        seConnecter("/bo/connexion", dreets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/eig/" + id);
        attendreTexte("Consultation d’un EIG");
        cliquer("Consulter l’EIG");
        attendreTexte("Lu par la DREETS IDF");
        assertThat(navigateur.findElement(By.id("statut-eig")).getText()).isEqualToIgnoringCase("Lu");
        verifierAccessibilite();

        // the organiser sees it LU, read-only
        effacerCookies();
        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/eig/" + id);
        attendreTexte("Lu par la DREETS IDF");
        assertThat(texteDeLaPage()).doesNotContain("Transmettre");
        verifierAccessibilite();
    }
}
