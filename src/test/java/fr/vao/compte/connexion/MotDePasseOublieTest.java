package fr.vao.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MotDePasseOublieTest extends SupportConnexion {

    private static final String NOUVEAU = "Une phrase de passe bien longue";

    @BeforeEach
    void purger() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    /** Asks a link; returns the page shown after the redirect. */
    private String demander(String prefixe, String email) throws Exception {
        var r = mvc.perform(post(prefixe + "/mot-de-passe-oublie").with(csrf()).param("email", email))
                .andExpect(redirectedUrl(prefixe + "/mot-de-passe-oublie"))
                .andExpect(flash().attribute("envoye", true)).andReturn();
        return mvc.perform(get(prefixe + "/mot-de-passe-oublie").cookie(r.getResponse().getCookie(prefixe.isEmpty() ? "VAO_SESSION" : "VAO_BO_SESSION")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String jeton(String email, String sujet, String chemin) throws Exception {
        List<MimeMessage> recus = courriels(email);
        assertThat(recus).hasSize(1);
        assertThat(recus.get(0).getSubject()).isEqualTo(sujet);
        return extraire(texte(recus.get(0)), chemin.replace("?", "\\?") + "([A-Za-z0-9_-]{43})");
    }

    private void reinitialiser(String prefixe, String jeton, String motDePasse, String confirmation)
            throws Exception {
        mvc.perform(post(prefixe + "/mot-de-passe-oublie/nouveau").with(csrf()).param("jeton", jeton)
                .param("motDePasse", motDePasse).param("confirmation", confirmation));
    }

    @Test
    void laReponseEstToujoursLaMemeEtLeCourrielPartSeulementPourUnCompteEligible() throws Exception {
        String valide = email("oubli-valide");
        organisateur(valide, "VALIDATED", true);
        String bloque = email("oubli-bloque");
        organisateur(bloque, "BLOCKED", true);
        String inconnu = email("oubli-inconnu");
        // the same answer whatever the account
        assertThat(demander("", valide.toUpperCase())).contains("Si un compte correspond à cette adresse");
        assertThat(demander("", bloque)).contains("Si un compte correspond à cette adresse");
        assertThat(demander("", inconnu)).contains("Si un compte correspond à cette adresse");

        String jeton = jeton(valide, "Portail VAO - Réinitialisation du mot de passe", "/mot-de-passe-oublie/nouveau?jeton=");
        assertThat(jeton).isNotBlank();
        assertThat(courrielsEnFile(bloque)).isZero();
        assertThat(courrielsEnFile(inconnu)).isZero();
    }

    @Test
    void leLienPermetDeChoisirUnNouveauMotDePasseUneSeuleFois() throws Exception {
        String email = email("oubli-fo");
        long id = organisateur(email, "VALIDATED", true);
        Cookie ancienne = sessionFo(connecter("", email, MDP));
        jdbc.sql("insert into appareil_confiance (hash, portail, utilisateur_id, expire_le) values "
                + "(md5(random()::text) || md5(random()::text), 'FO', :id, now() + interval '1 day')")
                .param("id", id).update();
        demander("", email);
        String jeton = jeton(email, "Portail VAO - Réinitialisation du mot de passe", "/mot-de-passe-oublie/nouveau?jeton=");

        mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-force-mot-de-passe")))
                .andExpect(content().string(containsString("Au moins 12 caractères")));
        mvc.perform(post("/mot-de-passe-oublie/nouveau").with(csrf()).param("jeton", jeton)
                .param("motDePasse", "court").param("confirmation", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("au moins 12 caractères")));
        mvc.perform(post("/mot-de-passe-oublie/nouveau").with(csrf()).param("jeton", jeton)
                .param("motDePasse", NOUVEAU).param("confirmation", NOUVEAU + "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les deux mots de passe ne sont pas identiques")));
        mvc.perform(post("/mot-de-passe-oublie/nouveau").with(csrf()).param("jeton", jeton)
                .param("motDePasse", NOUVEAU).param("confirmation", NOUVEAU))
                .andExpect(redirectedUrl("/connexion"));

        assertThat(connecter("", email, MDP).getResponse().getRedirectedUrl()).isNull();
        assertThat(connecter("", email, NOUVEAU).getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/mon-compte").cookie(ancienne)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from appareil_confiance where portail = 'FO' and utilisateur_id = :id")
                .param("id", id).query(Integer.class).single()).isZero();
        mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lien expiré ou déjà utilisé")))
                .andExpect(content().string(containsString("Demander un nouveau lien")));
    }

    @Test
    void unLienExpireApresTrenteMinutes() throws Exception {
        horloge.regler(Instant.now());
        String email = email("oubli-expire");
        organisateur(email, "NEED_SIRET_VALIDATION", true);
        demander("", email);
        String jeton = jeton(email, "Portail VAO - Réinitialisation du mot de passe", "/mot-de-passe-oublie/nouveau?jeton=");
        horloge.avancer(Duration.ofMinutes(31));
        mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", jeton))
                .andExpect(content().string(containsString("Lien expiré ou déjà utilisé")));
        reinitialiser("", jeton, NOUVEAU, NOUVEAU);
        assertThat(jdbc.sql("select mot_de_passe from organisateur where email = :e").param("e", email)
                .query(String.class).single()).isEqualTo(HASH_DEMO);
    }

    @Test
    void laReinitialisationReactiveUnCompteTemporairementBloqueEtRemetLesTentativesAZero() throws Exception {
        String email = email("oubli-temporaire");
        long id = organisateur(email, "TEMPORARY_BLOCKED", true);
        jdbc.sql("update organisateur set bloque_temporairement_le = now(), suppression_prevue_le = current_date "
                + "where id = :id").param("id", id).update();
        for (int i = 0; i < 5; i++) {
            connecter("", email, "faux-" + i);
        }
        demander("", email);
        reinitialiser("", jeton(email, "Portail VAO - Réinitialisation du mot de passe",
                "/mot-de-passe-oublie/nouveau?jeton="), NOUVEAU, NOUVEAU);

        assertThat(jdbc.sql("select statut from organisateur where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("VALIDATED");
        assertThat(jdbc.sql("select bloque_temporairement_le is null and suppression_prevue_le is null "
                + "and inactivite_notifiee_le is null from organisateur where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(connecter("", email, NOUVEAU).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void laReinitialisationConfirmeLAdresseDUnCompteQuiNeLAvaitPasEncoreFait() throws Exception {
        String email = email("oubli-attente");
        long id = organisateur(email, "NEED_EMAIL_VALIDATION", true);
        demander("", email);
        reinitialiser("", jeton(email, "Portail VAO - Réinitialisation du mot de passe",
                "/mot-de-passe-oublie/nouveau?jeton="), NOUVEAU, NOUVEAU);
        // spec §2.2 rule 9: activated like an e-mail validation, so the DREETS is asked to validate it (M3 to the user)
        assertThat(jdbc.sql("select statut from organisateur where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("NEED_SIRET_VALIDATION");
        assertThat(jdbc.sql("select count(*) from courriel where destinataires = :d and sujet = :s")
                .param("d", email).param("s", "VAO - confirmation de votre demande d'inscription")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void unAgentRecoitLeCourrielDuBackOffice() throws Exception {
        String email = email("oubli-bo");
        agent(email, "IDF", true, false, true);
        String desactive = email("oubli-bo-desactive");
        agent(desactive, "IDF", true, true, true);
        String nonActive = email("oubli-bo-non-active");
        agent(nonActive, "IDF", false, false, true);
        demander("/bo", email);
        demander("/bo", desactive);
        demander("/bo", nonActive);
        String jeton = jeton(email, "Portail VAO Administration - Réinitialisation du mot de passe",
                "/bo/mot-de-passe-oublie/nouveau?jeton=");
        assertThat(courrielsEnFile(desactive)).isZero();
        assertThat(courrielsEnFile(nonActive)).isZero();
        // the back-office link does not work on the organiser portal
        mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", jeton))
                .andExpect(content().string(containsString("Lien expiré ou déjà utilisé")));
        reinitialiser("/bo", jeton, NOUVEAU, NOUVEAU);
        assertThat(connecter("/bo", email, NOUVEAU).getResponse().getRedirectedUrl()).isEqualTo("/bo");
    }

    @Test
    void lesSaisiesHostilesDonnentUnePageEnFrancais() throws Exception {
        mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", "x".repeat(400)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("255 caractères au plus")));
        mvc.perform(post("/bo/mot-de-passe-oublie").with(csrf()).param("email", "<img src=x onerror=alert(1)>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une adresse courriel valide")));
        mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", "j".repeat(5000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lien expiré ou déjà utilisé")));
        mvc.perform(post("/mot-de-passe-oublie/nouveau").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lien expiré ou déjà utilisé")));
    }
}
