package fr.vao.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class SecondFacteurTest extends SupportConnexion {

    private static final String SUJET = "Portail VAO - Votre code de vérification pour accéder à votre compte";

    @BeforeEach
    void activer() throws Exception {
        jdbc.sql("update fonctionnalite set active = true where code = 'AUTH_2FA'").update();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void desactiver() {
        jdbc.sql("update fonctionnalite set active = false where code = 'AUTH_2FA'").update();
    }

    private String code(String email) throws Exception {
        List<MimeMessage> recus = courriels(email);
        assertThat(recus).isNotEmpty();
        MimeMessage dernier = recus.get(recus.size() - 1);
        assertThat(dernier.getSubject()).isEqualTo(SUJET);
        return extraire(texte(dernier), "Code de vérification : (\\d{6})");
    }

    private MvcResult saisir(String prefixe, Cookie session, String code, boolean confiance) throws Exception {
        var requete = post(prefixe + "/connexion/code").with(csrf()).cookie(session).param("code", code);
        if (confiance) {
            requete.param("confiance", "true");
        }
        return mvc.perform(requete).andReturn();
    }

    @Test
    void leCodeRecuParCourrielOuvreLaSessionUneSeuleFois() throws Exception {
        String email = email("code");
        long id = organisateur(email, "VALIDATED", true);
        MvcResult r = connecter("", email, MDP);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/connexion/code");
        Cookie attente = sessionFo(r);
        // the password alone does not authenticate
        mvc.perform(get("/mon-compte").cookie(attente)).andExpect(redirectedUrl("/connexion"));
        assertThat(sessions("FO:" + id)).isZero();
        mvc.perform(get("/connexion/code").cookie(attente)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Faire confiance à cet appareil pendant 30 jours")));
        String code = code(email);
        assertThat(jdbc.sql("select code_hash from code_verification where portail = 'FO' and utilisateur_id = :id")
                .param("id", id).query(String.class).single()).isNotEqualTo(code).hasSize(64);

        MvcResult ok = saisir("", attente, code, false);

        // the page asked while the code was pending is the destination
        assertThat(ok.getResponse().getRedirectedUrl()).endsWith("/mon-compte?continue");
        assertThat(ok.getResponse().getCookie("VAO_APPAREIL")).isNull();
        Cookie session = sessionFo(ok);
        mvc.perform(get("/mon-compte").cookie(session)).andExpect(status().isOk());
        // single use: the same code does not open a second login
        Cookie autre = sessionFo(connecter("", email, MDP));
        SMTP.purgeEmailFromAllMailboxes();
        assertThat(saisir("", autre, code, false).getResponse().getContentAsString())
                .contains("Ce code est incorrect");
    }

    @Test
    void troisCodesFauxBloquentLeCodeQuinzeMinutes() throws Exception {
        horloge.regler(Instant.now());
        String email = email("code-faux");
        agent(email, "75", true, false, true, "eig");
        Cookie attente = sessionBo(connecter("/bo", email, MDP));
        String code = code(email);
        String faux = code.equals("000000") ? "111111" : "000000";

        assertThat(saisir("/bo", attente, faux, false).getResponse().getContentAsString())
                .contains("Ce code est incorrect");
        assertThat(saisir("/bo", attente, faux, false).getResponse().getContentAsString())
                .contains("Ce code est incorrect");
        assertThat(saisir("/bo", attente, faux, false).getResponse().getContentAsString())
                .contains("Trop de codes incorrects");
        // locked: even the right code, and no new code is sent
        assertThat(saisir("/bo", attente, code, false).getResponse().getContentAsString())
                .contains("Trop de codes incorrects");
        int enFile = courrielsEnFile(email);
        mvc.perform(post("/bo/connexion/code/renvoi").with(csrf()).cookie(attente))
                .andExpect(redirectedUrl("/bo/connexion/code"));
        assertThat(courrielsEnFile(email)).isEqualTo(enFile);

        horloge.avancer(Duration.ofMinutes(16));
        mvc.perform(post("/bo/connexion/code/renvoi").with(csrf()).cookie(attente));
        String nouveau = code(email);
        MvcResult ok = saisir("/bo", attente, nouveau, false);
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/bo");
    }

    @Test
    void unCodeExpireEstRefuseAvecUnMessageClair() throws Exception {
        horloge.regler(Instant.now());
        String email = email("code-expire");
        organisateur(email, "VALIDATED", true);
        Cookie attente = sessionFo(connecter("", email, MDP));
        String code = code(email);
        horloge.avancer(Duration.ofMinutes(16));
        assertThat(saisir("", attente, code, false).getResponse().getContentAsString()).contains("Ce code a expiré");
    }

    @Test
    void unAppareilDeConfianceEviteLeCodePendantTrenteJours() throws Exception {
        horloge.regler(Instant.now());
        String email = email("appareil");
        long id = organisateur(email, "VALIDATED", true);
        Cookie attente = sessionFo(connecter("", email, MDP));
        MvcResult ok = saisir("", attente, code(email), true);
        Cookie appareil = ok.getResponse().getCookie("VAO_APPAREIL");
        assertThat(appareil).isNotNull();
        assertThat(appareil.isHttpOnly()).isTrue();
        assertThat(appareil.getPath()).isEqualTo("/");
        assertThat(ok.getResponse().getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith("VAO_APPAREIL=")
                && c.contains("SameSite=Lax") && c.contains("Max-Age=2592000"));
        assertThat(jdbc.sql("select hash from appareil_confiance where utilisateur_id = :id and portail = 'FO'")
                .param("id", id).query(String.class).single()).isNotEqualTo(appareil.getValue());

        int enFile = courrielsEnFile(email);
        MvcResult direct = connecter("", email, MDP, appareil);
        assertThat(direct.getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/mon-compte").cookie(sessionFo(direct))).andExpect(status().isOk());
        assertThat(courrielsEnFile(email)).isEqualTo(enFile);

        // another user's cookie does not count; nor after 30 days
        String autre = email("appareil-autre");
        organisateur(autre, "VALIDATED", true);
        assertThat(connecter("", autre, MDP, appareil).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion/code");
        horloge.avancer(Duration.ofDays(31));
        assertThat(connecter("", email, MDP, appareil).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion/code");
    }

    @Test
    void unCodeMalFormeDonneUnMessageEnFrancais() throws Exception {
        String email = email("code-format");
        organisateur(email, "VALIDATED", true);
        Cookie attente = sessionFo(connecter("", email, MDP));
        MvcResult r = saisir("", attente, "<script>12</script>", false);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("Saisissez les 6 chiffres du code");
    }
}
