package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.vao.navigateur.TestNavigateur;

/**
 * The counters and lists around the déclarations in a real browser, each page checked by axe-core: the organiser's
 * home counters and its list filtered from one of them; the agents' dashboard cards and the list they open, the
 * hébergements linked to stays, the organismes with their déclarations.
 */
class ListesNavigateurTest extends TestNavigateur {

    @Test
    void lesCompteursEtLesListesDesDeclarationsSontAccessibles() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
        Parcours parcours = new Parcours(mvc, jdbc);
        parcours.creer(o, debut, debut.plusDays(7));
        parcours.transmise(o, debut, debut.plusDays(7));

        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Mes déclarations de séjour", "À compléter", "En instruction");
        navigateur.findElement(By.linkText("En instruction")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/sejours?statut="));
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("1 déclaration", "Télécharger (CSV)");

        effacerCookies();
        String ddets = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Déclarations reçues à traiter", "Déclarations non finalisées");
        navigateur.findElement(By.linkText("Déclarations reçues à traiter")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/bo/sejours?statut="));
        verifierAccessibilite();
        ouvrir("/bo/hebergements/lies-aux-sejours");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Hébergements liés à des séjours", "Prochain séjour");
        ouvrir("/bo/organismes?siret=" + o.siret());
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Nombre de séjours");
        ouvrir("/bo/organismes/" + o.id());
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Dernières déclarations de séjour de l’organisme");
        ouvrir("/bo/utilisateurs-ova?email=" + o.email());
        verifierAccessibilite();
    }
}
