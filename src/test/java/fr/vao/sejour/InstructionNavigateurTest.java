package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vao.navigateur.TestNavigateur;

/**
 * The instruction's other journeys in a real browser, every page checked by axe-core (issue 4 acceptance): the DDETS
 * asks for complements, the organiser corrects and submits again; a read-only agent sees no action and is refused
 * one forced with a valid CSRF token; a siège reads its établissement's déclaration and is refused a forced change.
 * In this package for the fixtures {@link OrganismesAgrees} and {@link Parcours} (package-private), next to
 * {@code DeclarationNavigateurTest}.
 */
class InstructionNavigateurTest extends TestNavigateur {

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    private void envoyer(String texteDuBouton) {
        navigateur.findElement(By.xpath("//button[normalize-space()=\"" + texteDuBouton + "\"]")).click();
    }

    private boolean bouton(String texte) {
        return !navigateur.findElements(By.xpath("//button[normalize-space()=\"" + texte + "\"]")).isEmpty();
    }

    private void confirmer() {
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    /**
     * What a user forcing an action would send: a POST form built in the page, with the page's own CSRF token (from
     * its logout form), submitted.
     */
    private void forcerPost(String chemin, Map<String, String> champs) {
        ((JavascriptExecutor) navigateur).executeScript("""
                const f = document.createElement('form');
                f.method = 'post';
                f.action = arguments[0];
                const champs = Object.assign({_csrf: document.querySelector('input[name=_csrf]').value}, arguments[1]);
                for (const [nom, valeur] of Object.entries(champs)) {
                    const i = document.createElement('input');
                    i.type = 'hidden';
                    i.name = nom;
                    i.value = valeur;
                    f.appendChild(i);
                }
                document.body.appendChild(f);
                f.submit();""", chemin, champs);
        attendreTexte("Accès refusé");
    }

    @Test
    void laDdetsDemandeDesComplementsLOrganisateurCorrigeEtRetransmet() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String ddets = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        long id = parcours.transmise(o, debut, debut.plusDays(7));

        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/sejours/" + id);
        verifierAccessibilite();
        envoyer("Prendre en charge la déclaration");
        confirmer();
        attendreTexte("La déclaration est prise en charge.");
        remplir("commentaire-complements", "Précisez les activités prévues chaque jour");
        envoyer("Demander des compléments");
        attendreTexte("La demande de compléments a été envoyée à l’organisateur.");
        verifierAccessibilite();
        assertThat(parcours.statut(id)).isEqualTo("A MODIFIER");

        effacerCookies();
        seConnecter("/connexion", o.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/sejours");
        verifierAccessibilite();
        assertThat(navigateur.findElement(By.xpath("//a[@href='/sejours/" + id + "']/ancestor::tr")).getText())
                .containsIgnoringCase("À modifier");
        ouvrir("/sejours/" + id + "/projet");
        verifierAccessibilite();
        navigateur.findElement(By.cssSelector("label[for='activitesCulturelles-musique']")).click();
        envoyer("Enregistrer et continuer");
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/transport"));
        ouvrir("/sejours/" + id + "/synthese");
        verifierAccessibilite();
        navigateur.findElement(By.cssSelector("label[for='aCertifie']")).click();
        remplir("nom", "Lefebvre");
        remplir("prenom", "Julie");
        remplir("qualite", "Directrice");
        envoyer("Transmettre ma déclaration de séjour à 2 mois");
        attendreTexte("Félicitations");
        verifierAccessibilite();
        assertThat(parcours.statut(id)).isEqualTo("TRANSMISE");

        effacerCookies();
        seConnecter("/bo/connexion", ddets, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/sejours/" + id);
        verifierAccessibilite();
        assertThat(navigateur.findElement(By.cssSelector("main h1 + p .fr-badge")).getText()).isEqualToIgnoringCase("Transmise");
        assertThat(bouton("Prendre en charge la déclaration")).isTrue();
    }

    @Test
    void unAgentEnLectureSeuleNAAucuneActionEtUneActionForceeEstRefusee() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String lecture = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Lecture");
        long id = parcours.transmise(o, debut, debut.plusDays(7));

        seConnecter("/bo/connexion", lecture, MOT_DE_PASSE_DEMO);
        ouvrir("/bo/sejours/" + id);
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Été à la mer");
        assertThat(bouton("Prendre en charge la déclaration")).isFalse();
        assertThat(navigateur.findElements(By.cssSelector("form[action*='/prise-en-charge'], "
                + "form[action*='/complements'], form[action*='/refus'], form[action*='/enregistrement']"))).isEmpty();
        int version = parcours.version(id);

        forcerPost("/bo/sejours/" + id + "/prise-en-charge", Map.of("version", "" + version));
        verifierAccessibilite();
        assertThat(parcours.statut(id)).isEqualTo("TRANSMISE");
        assertThat(parcours.version(id)).isEqualTo(version);
    }

    @Test
    void unSiegeLitLaDeclarationDeSonEtablissementSansPouvoirLaModifier() throws Exception {
        OrganismesAgrees.Organisme siege = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme etablissement = OrganismesAgrees.etablissement(jdbc, siege);
        // a complete draft of the établissement: its own users could change and submit it
        long id = parcours.creer(etablissement, debut, debut.plusDays(7));
        parcours.completer(etablissement, id, debut, debut.plusDays(7));
        int version = parcours.version(id);

        seConnecter("/connexion", siege.email(), MOT_DE_PASSE_DEMO);
        ouvrir("/sejours");
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//a[@href='/sejours/" + id + "']")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sejours/" + id));
        ouvrir("/sejours/" + id + "/synthese");
        verifierAccessibilite();
        assertThat(texteDeLaPage()).contains("Été à la mer");
        assertThat(bouton("Transmettre ma déclaration de séjour à 2 mois")).isFalse();
        ouvrir("/sejours/" + id + "/projet");
        verifierAccessibilite();
        assertThat(bouton("Enregistrer et continuer")).isFalse();

        forcerPost("/sejours/" + id + "/projet", Map.of("version", "" + version, "destinations", "montagne"));
        verifierAccessibilite();
        assertThat(parcours.version(id)).as("nothing changed").isEqualTo(version);
        assertThat(jdbc.sql("select projet->>'destinations' from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single()).doesNotContain("montagne");
        forcerPost("/sejours/" + id + "/synthese", Map.of("version", "" + version, "aCertifie", "true", "nom",
                "Lefebvre", "prenom", "Julie", "qualite", "Directrice"));
        assertThat(parcours.statut(id)).isEqualTo("BROUILLON");
    }
}
