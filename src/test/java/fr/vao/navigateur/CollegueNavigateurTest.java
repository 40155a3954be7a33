package fr.vao.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.compte.Jetons;
import fr.vao.plateforme.securite.Portail;

/**
 * Scenario 2 in a real browser: a colleague confirms the e-mail of its request, the first user of the organisme
 * validates it from the "Utilisateurs" page and refuses another one with a motif (no JavaScript needed); axe-core
 * checks every page (WCAG 2.1 A/AA).
 */
class CollegueNavigateurTest extends TestNavigateur {

    private static final String SIRET = "934567890" + "00011";

    @Autowired
    Jetons jetons;

    private long compte(String email, String prenom, String statut) {
        return jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                values (:email, :mdp, 'Moreau', :prenom, '0612345678', :siret, true, 'IDF', :statut, now())
                returning id""")
                .param("email", email).param("mdp", HASH_DEMO).param("prenom", prenom).param("siret", SIRET)
                .param("statut", statut).query(Long.class).single();
    }

    private String statut(long id) {
        return jdbc.sql("select statut from organisateur where id = :id").param("id", id).query(String.class)
                .single();
    }

    @Test
    void unCollegueRejointLOrganismeEtEstValideParLePremierUtilisateur() {
        long premier = compte("collegue-nav-premier@vao.test", "Claire", "VALIDATED");
        long organisme = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, cree_le, modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, true, now(), now()) returning id""")
                .param("siret", SIRET).param("siren", SIRET.substring(0, 9)).query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", premier).param("o", organisme).update();
        long nouveau = compte("collegue-nav-nouveau@vao.test", "Hugo", "NEED_EMAIL_VALIDATION");
        long intrus = compte("collegue-nav-intrus@vao.test", "Inès", "NEED_SIRET_VALIDATION");

        // the colleague confirms the e-mail: the request goes to the organisme (scenario 2)
        ouvrir("/connexion/validation?jeton="
                + jetons.creer(Portail.FO, nouveau, Jetons.Usage.VALIDATION_EMAIL, Duration.ofMinutes(60)));
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//button[contains(., 'Je valide mon adresse courriel')]")).click();
        attendreTexte("Adresse courriel validée");
        verifierAccessibilite();
        assertThat(statut(nouveau)).isEqualTo("NEED_SIRET_VALIDATION");

        // the first user validates it from the users page
        effacerCookies();
        seConnecter("/connexion", "collegue-nav-premier@vao.test", MOT_DE_PASSE_DEMO);
        new WebDriverWait(navigateur, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
        ouvrir("/organisme/utilisateurs");
        attendreTexte("Hugo Moreau");
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//button[contains(., 'Valider la demande de Hugo Moreau')]")).click();
        attendreTexte("La demande a été validée");
        verifierAccessibilite();
        assertThat(statut(nouveau)).isEqualTo("VALIDATED");

        // and refuses another one, the motif asked on a page of its own
        navigateur.findElement(By.linkText("Refuser la demande de Inès Moreau")).click();
        attendreTexte("Motif du refus");
        verifierAccessibilite();
        remplir("motif", "Personne inconnue dans notre association");
        navigateur.findElement(By.xpath("//button[contains(., 'Confirmer le refus')]")).click();
        attendreTexte("La demande a été refusée");
        verifierAccessibilite();
        assertThat(statut(intrus)).isEqualTo("BLOCKED");
        capture("utilisateurs-organisme");
    }
}
