package fr.vao.navigateur;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import fr.vao.notification.EnvoiCourriels;

/**
 * The user journeys of the foundation in a real browser, with an axe-core check (WCAG 2.1 A/AA) on every page:
 * an organiser registers, confirms the e-mail, is validated by the DREETS and logs in with the second factor; a
 * regional agent creates an agent who activates the account and logs in; five failures lock the login.
 */
class ParcoursNavigateurTest extends TestNavigateur {

    private static final Pattern LIEN = Pattern.compile("https?://[^/\\s]+(/[^\\s\"<>]*\\?jeton=[A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    EnvoiCourriels envoiCourriels;

    @Test
    void unOrganisateurSInscritEstValideParSaDreetsPuisSeConnecteAvecLeSecondFacteur() throws Exception {
        String email = "parcours-organisateur@vao.test";
        String siret = "73282932000074";
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siret)).willReturn(okJson("""
                {"header":{"statut":200,"message":"ok"},
                 "etablissement":{"siren":"732829320","nic":"00074","siret":"73282932000074","etablissementSiege":true,
                   "uniteLegale":{"denominationUniteLegale":"VACANCES POUR TOUS","categorieJuridiqueUniteLegale":"9220",
                                  "etatAdministratifUniteLegale":"A"},
                   "adresseEtablissement":{"numeroVoieEtablissement":"12","typeVoieEtablissement":"RUE",
                     "libelleVoieEtablissement":"DE LA PAIX","codePostalEtablissement":"75002",
                     "libelleCommuneEtablissement":"PARIS","codeCommuneEtablissement":"75056"}}}""")));

        ouvrir("/connexion/enregistrement");
        verifierAccessibilite();
        remplir("email", email);
        remplir("motDePasse", "une phrase de passe solide");
        remplir("confirmation", "une phrase de passe solide");
        remplir("nom", "Parcours");
        remplir("prenom", "Élise");
        remplir("telephone", "0612345678");
        remplir("siret", siret).submit();
        attendreUrl("/connexion/enregistrement/confirmation");
        verifierAccessibilite();

        ouvrir(lienDuCourriel(email, "Portail VAO - Validez votre adresse courriel"));
        verifierAccessibilite();
        navigateur.findElement(By.cssSelector("main form button[type=submit]")).click();
        verifierAccessibilite();
        assertThat(statutOrganisateur(email)).isEqualTo("NEED_SIRET_VALIDATION");

        creerAgent("parcours-dreets-idf@vao.test", "IDF", "Compte");
        seConnecter("/bo/connexion", "parcours-dreets-idf@vao.test", MOT_DE_PASSE_DEMO);
        ouvrir("/bo/validation-ova");
        verifierAccessibilite();
        long id = jdbc.sql("select id from organisateur where email = :email").param("email", email)
                .query(Long.class).single();
        ouvrir("/bo/validation-ova/" + id);
        verifierAccessibilite();
        navigateur.findElement(By.xpath("//form[contains(@action,'/valider')]//button")).click();
        accepterConfirmation();
        verifierAccessibilite();
        assertThat(statutOrganisateur(email)).isEqualTo("VALIDATED");

        jdbc.sql("update fonctionnalite set active = true where code = 'AUTH_2FA'").update();
        try {
            ouvrir("/connexion");
            verifierAccessibilite();
            remplir("email", email);
            remplir("motDePasse", "une phrase de passe solide").submit();
            attendreUrl("/connexion/code");
            verifierAccessibilite();
            String code = codeDuCourriel(email);
            remplir("code", code).submit();
            attendreUrl("/cgu/acceptation");
            verifierAccessibilite();
            navigateur.findElement(By.cssSelector("label[for=accepte]")).click();
            navigateur.findElement(By.id("accepte")).submit();
            assertThat(navigateur.findElement(By.tagName("main")).getText()).contains("Bonjour Élise Parcours");
            verifierAccessibilite();
            capture("parcours-organisateur-connecte");
        } finally {
            jdbc.sql("update fonctionnalite set active = false where code = 'AUTH_2FA'").update();
        }
    }

    @Test
    void unAgentRegionalCreeUnAgentQuiActiveSonCompteEtSeConnecte() throws Exception {
        creerAgent("parcours-createur-aura@vao.test", "AURA", "Compte");
        seConnecter("/bo/connexion", "parcours-createur-aura@vao.test", MOT_DE_PASSE_DEMO);
        ouvrir("/bo/agents/nouveau");
        verifierAccessibilite();
        remplir("email", "parcours-nouvel-agent@vao.test");
        remplir("nom", "Nouvel");
        remplir("prenom", "Agent");
        navigateur.findElement(By.cssSelector("label[for=competence-DEP]")).click();
        new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("departement"))).selectByValue("69");
        navigateur.findElement(By.cssSelector("label[for=role-DemandeSejour_Lecture]")).click();
        navigateur.findElement(By.id("nom")).submit();
        verifierAccessibilite();
        assertThat(jdbc.sql("select territoire_code from agent where email = 'parcours-nouvel-agent@vao.test'")
                .query(String.class).single()).isEqualTo("69");

        effacerCookies();
        ouvrir(lienDuCourriel("parcours-nouvel-agent@vao.test",
                "Portail VAO Administration - Validez votre courriel"));
        verifierAccessibilite();
        remplir("motDePasse", "un long chemin de montagne");
        remplir("confirmation", "un long chemin de montagne").submit();
        verifierAccessibilite();

        seConnecter("/bo/connexion", "parcours-nouvel-agent@vao.test", "un long chemin de montagne");
        attendreUrl("/bo/cgu/acceptation");
        verifierAccessibilite();
        navigateur.findElement(By.cssSelector("label[for=accepte]")).click();
        navigateur.findElement(By.id("accepte")).submit();
        assertThat(navigateur.findElement(By.tagName("main")).getText()).contains("Bonjour Agent Nouvel");
        verifierAccessibilite();
    }

    @Test
    void cinqEchecsVerrouillentLaConnexionMemeAvecLeBonMotDePasse() {
        jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie, region_code,
                                          statut, cgu_acceptees_le)
                values ('parcours-verrou@vao.test', :hash, 'Verrou', 'Jean', '0612345678', '73282932000074', true,
                        'IDF', 'VALIDATED', now())""").param("hash", HASH_DEMO).update();
        for (int i = 0; i < 5; i++) {
            seConnecter("/connexion", "parcours-verrou@vao.test", "pas le bon mot de passe");
            verifierAccessibilite();
        }
        seConnecter("/connexion", "parcours-verrou@vao.test", MOT_DE_PASSE_DEMO);
        assertThat(navigateur.getCurrentUrl()).contains("/connexion");
        assertThat(navigateur.findElement(By.tagName("main")).getText()).containsIgnoringCase("15 minutes");
        verifierAccessibilite();
    }


    private void accepterConfirmation() {
        try {
            navigateur.switchTo().alert().accept();
        } catch (NoAlertPresentException e) {
            // the action had no confirmation dialog
        }
    }

    private void creerAgent(String email, String territoire, String... roles) {
        long id = jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                values (:email, :hash, 'Agent', 'Parcours', :territoire, now(), now()) returning id""")
                .param("email", email).param("hash", HASH_DEMO).param("territoire", territoire)
                .query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("insert into agent_role (agent_id, role) values (:id, :role)").param("id", id).param("role", role)
                    .update();
        }
    }

    private String statutOrganisateur(String email) {
        return jdbc.sql("select statut from organisateur where email = :email").param("email", email)
                .query(String.class).single();
    }

    /** The path and query of the single-use link in the latest mail with this subject (the host is the test's). */
    private String lienDuCourriel(String destinataire, String sujet) throws Exception {
        Matcher m = LIEN.matcher(dernierCourriel(destinataire, sujet));
        assertThat(m.find()).as("lien dans le courriel « %s »", sujet).isTrue();
        String chemin = URI.create(m.group(0)).getRawPath() + "?" + URI.create(m.group(0)).getRawQuery();
        return chemin.startsWith("/bo") || !sujet.contains("Administration") ? chemin : "/bo" + chemin;
    }

    private String codeDuCourriel(String destinataire) throws Exception {
        Matcher m = CODE.matcher(dernierCourriel(destinataire,
                "Portail VAO - Votre code de vérification pour accéder à votre compte"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String dernierCourriel(String destinataire, String sujet) throws Exception {
        envoiCourriels.envoyerEnAttente();
        MimeMessage[] recus = SMTP.getReceivedMessages();
        for (int i = recus.length - 1; i >= 0; i--) {
            MimeMessage message = recus[i];
            boolean pourLui = Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(destinataire));
            if (pourLui && sujet.equals(message.getSubject())) {
                return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
            }
        }
        throw new AssertionError("Aucun courriel « " + sujet + " » pour " + destinataire);
    }
}
