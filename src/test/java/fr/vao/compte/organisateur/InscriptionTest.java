package fr.vao.compte.organisateur;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.github.tomakehurst.wiremock.client.WireMock;

class InscriptionTest extends TestOrganisateur {

    static final String SIRET = "73282932000074";

    @BeforeEach
    void viderBoite() throws Exception {
        envoyer();
        SMTP.purgeEmailFromAllMailboxes();
    }

    static MockHttpServletRequestBuilder inscription(String email, String siret) {
        return post("/connexion/enregistrement").with(csrf())
                .param("email", email).param("motDePasse", "une phrase assez longue 42")
                .param("confirmation", "une phrase assez longue 42").param("nom", "Durand")
                .param("prenom", "Élodie").param("telephone", "0612345678").param("siret", siret);
    }

    Map<String, Object> compte(String email) {
        return jdbc.sql("select statut, region_code, siret_verifie, siret, nom, mot_de_passe from organisateur where email = :e")
                .param("e", email).query().singleRow();
    }

    @Test
    void laPageDInscriptionEstPublique() throws Exception {
        mvc.perform(get("/connexion/enregistrement")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Créer un compte organisateur")))
                .andExpect(content().string(containsString("SIRET de votre organisme")))
                .andExpect(content().string(not(containsString("regionCode"))));
    }

    @Test
    void uneInscriptionCreeLeCompteAvecLaRegionDeLINSEEEtEnvoieM1() throws Exception {
        inseeConnait(SIRET, "75056");
        String email = "inscription-nouvelle@vao.test";
        mvc.perform(inscription("Inscription-Nouvelle@VAO.test", "732 829 320 00074"))
                .andExpect(redirectedUrl("/connexion/enregistrement/confirmation"))
                .andExpect(flash().attribute("email", email));

        Map<String, Object> compte = compte(email);
        assertThat(compte.get("statut")).isEqualTo("NEED_EMAIL_VALIDATION");
        assertThat(compte.get("region_code")).isEqualTo("IDF");
        assertThat(compte.get("siret_verifie")).isEqualTo(true);
        assertThat(compte.get("siret")).isEqualTo(SIRET);
        assertThat((String) compte.get("mot_de_passe")).startsWith("{bcrypt}");
        API.verify(getRequestedFor(urlPathEqualTo("/insee/siret/" + SIRET))
                .withQueryParam("date", equalTo(LocalDate.now(horloge).toString())));

        assertThat(attendreAudit("COMPTE_CREE", "FO:%" + email, email)).isTrue();
        MimeMessage m1 = seulRecuPar(email);
        assertThat(sujet(m1)).isEqualTo("Portail VAO - Validez votre adresse courriel");
        assertThat(texte(m1)).contains("Je valide mon adresse courriel")
                .contains("http://localhost:8080/connexion/validation?jeton=").contains("60 minutes");
        assertThat(jdbc.sql("select count(*) from jeton j join organisateur o on o.id = j.utilisateur_id "
                + "where o.email = :e and j.portail = 'FO' and j.usage = 'VALIDATION_EMAIL'").param("e", email)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void uneAdresseDejaInscriteNeCreeRienEnvoieM2EtMontreLaMemeConfirmation() throws Exception {
        inseeConnait(SIRET, "75056");
        String email = "inscription-existante@vao.test";
        creerOrganisateur(email, "VALIDATED", "IDF", SIRET, true);

        mvc.perform(inscription("INSCRIPTION-EXISTANTE@vao.test", SIRET))
                .andExpect(redirectedUrl("/connexion/enregistrement/confirmation"))
                .andExpect(flash().attribute("email", email));

        assertThat(jdbc.sql("select count(*) from organisateur where email = :e").param("e", email)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(compte(email).get("statut")).isEqualTo("VALIDATED");
        MimeMessage m2 = seulRecuPar(email);
        assertThat(sujet(m2)).isEqualTo("Portail VAO - Votre compte existe déjà");
        assertThat(texte(m2)).contains("Un compte existe déjà").contains("/mot-de-passe-oublie");
    }

    @Test
    void laPageDeConfirmationEstLaMemeQueLeCompteExisteOuNon() throws Exception {
        // Both paths redirect to this page with the same flash attribute (see the two tests above).
        mvc.perform(get("/connexion/enregistrement/confirmation")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Si votre demande est recevable")))
                .andExpect(content().string(containsString("/connexion/validation/renvoi")));
    }

    @Test
    void unSiretInconnuDeLINSEEEstSignaleAuPresDuChamp() throws Exception {
        inseeRepond("55210055400013", 404);
        String email = "inscription-siret-inconnu@vao.test";
        mvc.perform(inscription(email, "55210055400013")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce SIRET est inconnu de l’INSEE")))
                .andExpect(content().string(containsString("siret-erreur")))
                .andExpect(content().string(containsString(email)));
        assertThat(jdbc.sql("select count(*) from organisateur where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void quandLINSEERepond500LOrganisateurChoisitSaRegionEtLeSiretEstNonVerifie() throws Exception {
        inseeRepond(SIRET, 500);
        String email = "inscription-insee-500@vao.test";
        mvc.perform(inscription(email, SIRET)).andExpect(status().isOk())
                .andExpect(content().string(containsString("momentanément indisponible")))
                .andExpect(content().string(containsString("Région de votre organisme")))
                .andExpect(content().string(containsString("Bretagne")));
        assertThat(jdbc.sql("select count(*) from organisateur where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();

        mvc.perform(inscription(email, SIRET).param("choixRegion", "true").param("regionCode", "BRE"))
                .andExpect(redirectedUrl("/connexion/enregistrement/confirmation"));
        Map<String, Object> compte = compte(email);
        assertThat(compte.get("region_code")).isEqualTo("BRE");
        assertThat(compte.get("siret_verifie")).isEqualTo(false);
    }

    @Test
    void quandLINSEENeRepondPasATempsLOrganisateurChoisitSaRegion() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/insee/siret/" + SIRET))
                .willReturn(aResponse().withStatus(200).withFixedDelay(12000).withBody("{}")));
        String email = "inscription-insee-lent@vao.test";
        mvc.perform(inscription(email, SIRET)).andExpect(status().isOk())
                .andExpect(content().string(containsString("momentanément indisponible")));
        mvc.perform(inscription(email, SIRET).param("choixRegion", "true").param("regionCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sélectionnez la région de votre organisme.")));
        mvc.perform(inscription(email, SIRET).param("choixRegion", "true").param("regionCode", "OCC"))
                .andExpect(redirectedUrl("/connexion/enregistrement/confirmation"));
        assertThat(compte(email).get("siret_verifie")).isEqualTo(false);
        assertThat(compte(email).get("region_code")).isEqualTo("OCC");
    }

    @Test
    void lesErreursDeSaisieSontExpliqueesEtLaSaisieConserveeSaufLeMotDePasse() throws Exception {
        String email = "inscription-erreurs@vao.test";
        String page = mvc.perform(post("/connexion/enregistrement").with(csrf())
                        .param("email", email).param("motDePasse", "une phrase assez longue 42")
                        .param("confirmation", "une autre phrase longue 43").param("nom", "x".repeat(101))
                        .param("prenom", "Jean--Paul").param("telephone", "12345").param("siret", "73282932000075"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("resume-erreurs")
                .contains("Les deux mots de passe ne sont pas identiques.")
                .contains("Saisissez 100 caractères au plus.")
                .contains("Saisissez un prénom composé de lettres")
                .contains("Saisissez un numéro de téléphone français")
                .contains("clé de contrôle incorrecte")
                .contains("value=\"" + email + "\"")
                .doesNotContain("une phrase assez longue 42");
        API.verify(0, getRequestedFor(urlPathEqualTo("/insee/siret/73282932000075")));
    }

    @Test
    void unMotDePasseTropCourantEstRefuse() throws Exception {
        mvc.perform(post("/connexion/enregistrement").with(csrf())
                        .param("email", "inscription-mdp@vao.test").param("motDePasse", "1qaz2wsx3edc")
                        .param("confirmation", "1qaz2wsx3edc").param("nom", "Durand").param("prenom", "Luc")
                        .param("telephone", "0612345678").param("siret", SIRET))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fait partie des plus utilisés")));
    }
}
