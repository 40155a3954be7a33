package fr.vao.agrement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.navigateur.TestNavigateur;
import fr.vao.support.TestIntegration;

/**
 * The DREETS instruction in a real browser, every page checked by axe-core: the agent takes charge from the list,
 * asks for complements (A_COMPLETER), confirms completeness with the récépissé once the organiser has sent the
 * request back, asks for corrections (A_CORRIGER, the timer paused), and validates the agrément once the organiser
 * has sent it back again; then reads the history and writes in the messagerie, which the organiser reads and answers
 * on its page. The organiser's re-transmissions go through CycleAgrement (its own pages have their browser test).
 */
class InstructionAgrementNavigateurTest extends TestNavigateur {

    @Autowired
    CycleAgrement cycle;
    @Autowired
    DemandesAgrement demandes;

    private String agentIdf() {
        String email = "dreets-navigateur-" + System.nanoTime() + "@vao.test";
        jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                values (:email, :mdp, 'Durand', 'Lucie', 'IDF', now(), now())""").param("email", email)
                .param("mdp", TestIntegration.HASH_DEMO).update();
        return email;
    }

    private void cliquer(String texteDuBouton) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + texteDuBouton + "\"]")).click();
    }

    private void confirmer() {
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** The page shows these texts (the badges are upper-cased by the DSFR's CSS). */
    private void contient(String... textes) {
        String page = texteDeLaPage().toLowerCase(java.util.Locale.FRENCH);
        for (String t : textes) {
            assertThat(page).contains(t.toLowerCase(java.util.Locale.FRENCH));
        }
    }

    @Test
    void laDreetsPrendEnChargeDemandeDesComplementsDesCorrectionsEtValide() throws Exception {
        antivirusSain();
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        long id = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, o, DemandeAgrement.PREMIER);
        Path pdf = Files.createTempFile("recepisse", ".pdf");
        Files.write(pdf, InstructionAgrementsTest.PDF);
        String detail = "/bo/agrements/" + id;

        seConnecter("/bo/connexion", agentIdf(), MOT_DE_PASSE_DEMO);
        ouvrir("/bo/agrements?siret=" + o.siret());
        contient("VACANCES POUR TOUS " + o.siret(), "Transmis");
        verifierAccessibilite();

        // prise en charge from the list, confirmed
        cliquer("Prendre en charge");
        confirmer();
        attendreTexte("La demande d’agrément est prise en charge.");
        assertThat(navigateur.getCurrentUrl()).endsWith(detail);
        contient("Pris en charge");
        verifierAccessibilite();

        // complements: too short first, then with a comment of 20 characters
        remplir("commentaire-complements", "Trop court");
        cliquer("Demander des compléments");
        confirmer();
        attendreTexte("Saisissez un commentaire de 20 caractères au moins");
        verifierAccessibilite();
        remplir("commentaire-complements", "Joignez l'attestation d'assurance rapatriement, s'il vous plaît.");
        cliquer("Demander des compléments");
        confirmer();
        attendreTexte("Les compléments ont été demandés à l’organisme.");
        contient("À compléter");
        assertThat(cycle.trouver(id).orElseThrow().statut()).isEqualTo(StatutAgrement.A_COMPLETER);

        // the organiser sends it back: taken in charge again, completeness with the récépissé starts the timer
        DemandesExemple.transmettre(cycle, o, id);
        ouvrir(detail);
        cliquer("Prendre en charge");
        confirmer();
        attendreTexte("La demande d’agrément est prise en charge.");
        navigateur.findElement(By.id("fichier-completude")).sendKeys(pdf.toAbsolutePath().toString());
        cliquer("Confirmer la complétude");
        confirmer();
        attendreTexte("La complétude du dossier est confirmée");
        contient("Instruction en cours", "Délai en cours", "jours restants");
        verifierAccessibilite();

        // corrections: the timer is paused
        remplir("commentaire-corrections", "Précisez le protocole de rapatriement depuis l'étranger.");
        cliquer("Demander des corrections");
        confirmer();
        attendreTexte("Les corrections ont été demandées");
        contient("À corriger", "En attente de pièces complémentaires");
        assertThat(cycle.delai(id).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.PAUSED);
        verifierAccessibilite();

        // sent back corrected: the agent decides
        DemandesExemple.transmettre(cycle, o, id);
        ouvrir(detail);
        remplir("numero-validation", "AGR-IDF-NAV-001");
        navigateur.findElement(By.id("fichier-validation")).sendKeys(pdf.toAbsolutePath().toString());
        cliquer("Valider l’agrément");
        confirmer();
        attendreTexte("L’agrément est validé pour 5 ans.");
        contient("Validé", "AGR-IDF-NAV-001", "Décision finale prise");
        assertThat(cycle.trouver(id).orElseThrow().statut()).isEqualTo(StatutAgrement.VALIDE);
        verifierAccessibilite();

        // the history tab, then the messagerie (its tab loads its page)
        navigateur.findElement(By.id("onglet-historique")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("panneau-historique"))
                .isDisplayed());
        // its content, scrolled horizontally in a narrow window (DSFR tables scroll)
        assertThat(navigateur.findElement(By.id("panneau-historique")).getAttribute("textContent")).contains("Prise en charge",
                "Vérification", "Précisez le protocole de rapatriement", "DREETS IDF", "usager");
        verifierAccessibilite();
        navigateur.findElement(By.id("onglet-messagerie")).click();
        attendreUrl(detail + "/messagerie");
        remplir("texte", "Votre agrément est validé, l’arrêté est dans les documents.");
        cliquer("Envoyer le message");
        attendreTexte("Votre message a été envoyé.");
        contient("l’arrêté est dans les documents");
        verifierAccessibilite();

        // the organiser reads it on its messagerie page and answers
        effacerCookies();
        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/agrement/" + id + "/messagerie");
        contient("Messagerie de l’agrément", "l’arrêté est dans les documents", "services de l’État");
        verifierAccessibilite();
        remplir("texte", "Merci beaucoup, nous l’avons bien reçu.");
        cliquer("Envoyer le message");
        attendreTexte("Votre message a été envoyé.");
        contient("nous l’avons bien reçu", "Répondu");
        verifierAccessibilite();
        Files.deleteIfExists(pdf);
    }
}
