package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.vao.navigateur.TestNavigateur;

/**
 * The messagerie of a déclaration in a real browser, every page checked by axe-core: the organiser writes on a
 * submitted déclaration; the DDETS agent sees it NON LU on its Messagerie page, opens it and answers.
 */
class MessagerieNavigateurTest extends TestNavigateur {

    private void envoyer(String texteDuBouton) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + texteDuBouton + "\"]")).click();
    }

    @Test
    void lOrganisateurEcritLaDdetsLeVoitNonLuEtRepond() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String ddets = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
        long id = new Parcours(mvc, jdbc).transmise(o, debut, debut.plusDays(7));
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();

        // the organiser writes from the synthèse's Messagerie tab
        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/sejours/" + id + "/synthese");
        verifierAccessibilite();
        // the tab loads the thread opened (vao.js); without JavaScript its panel links to the same page
        navigateur.findElement(By.id("onglet-messagerie")).click();
        attendreTexte("N’envoyez pas de données personnelles sensibles");
        assertThat(navigateur.getCurrentUrl()).contains("/sejours/" + id + "/messagerie");
        verifierAccessibilite();
        remplir("texte", "Bonjour, le car arrivera à 10 h le premier jour.");
        envoyer("Envoyer le message");
        attendreTexte("Votre message a été envoyé.");
        assertThat(texteDeLaPage()).contains("le car arrivera à 10 h").containsIgnoringCase("Répondu");
        verifierAccessibilite();
        capture("messagerie-organisateur");

        // the DDETS sees it NON LU, opens it from its Messagerie page and answers
        effacerCookies();
        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/messagerie?numero=" + numero);
        attendreTexte("1 déclaration avec des messages");
        WebElement ligne = navigateur.findElement(By.xpath("//tr[td/a[normalize-space()='" + numero + "']]"));
        assertThat(ligne.getText()).containsIgnoringCase("Non lu");
        verifierAccessibilite();
        capture("messagerie-bo-liste");
        ligne.findElement(By.linkText(numero)).click();
        attendreTexte("le car arrivera à 10 h");
        verifierAccessibilite();
        remplir("texte", "Merci, c’est noté.");
        envoyer("Envoyer le message");
        attendreTexte("Votre message a été envoyé.");
        verifierAccessibilite();
        ouvrir("/bo/messagerie?numero=" + numero);
        attendreTexte("1 déclaration avec des messages");
        assertThat(navigateur.findElement(By.xpath("//tr[td/a[normalize-space()='" + numero + "']]")).getText())
                .containsIgnoringCase("Répondu");
        verifierAccessibilite();
    }
}
