package fr.vao.compte.agent;

import static fr.vao.compte.agent.FixturesAgents.agent;
import static fr.vao.compte.agent.FixturesAgents.unique;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.support.TestIntegration;

class ActivationAgentsTest extends TestIntegration {

    private static final Pattern LIEN = Pattern.compile("/bo/activation\\?jeton=([A-Za-z0-9_-]+)");
    private static final String MOT_DE_PASSE = "Trois chevaux bleus galopent 2026";

    @Autowired
    EnvoiCourriels envoiCourriels;

    @Autowired
    PasswordEncoder encodeur;

    @BeforeEach
    void viderLaBoite() throws Exception {
        envoiCourriels.envoyerEnAttente();
        SMTP.purgeEmailFromAllMailboxes();
    }

    private List<MimeMessage> courrielsPour(String email) throws Exception {
        return FixturesAgents.courrielsPour(jdbc, envoiCourriels, SMTP, email, 1);
    }

    private String creer(String email) throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig");
        mvc.perform(post("/bo/agents/nouveau").with(csrf()).with(nat.requete()).param("email", email)
                .param("nom", "Martin").param("prenom", "Chloé").param("competence", "REG").param("region", "OCC")
                .param("roles", "DemandeSejour_Ecriture")).andExpect(status().is3xxRedirection());
        List<MimeMessage> recus = courrielsPour(email);
        assertThat(recus).hasSize(1);
        assertThat(recus.get(0).getSubject()).isEqualTo("Portail VAO Administration - Validez votre courriel");
        String corps = FixturesAgents.texte(recus.get(0));
        assertThat(corps).contains("Activer mon compte").contains("Chloé");
        Matcher m = LIEN.matcher(corps);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void lAgentActiveSonCompteEnChoisissantSonMotDePasse() throws Exception {
        String email = "activ-" + unique().toLowerCase() + "@vao.test";
        String jeton = creer(email);
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(get("/bo/activation").param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        // policy and confirmation checked, with French messages
        mvc.perform(post("/bo/activation").with(csrf()).param("jeton", jeton).param("motDePasse", "court")
                .param("confirmation", "court")).andExpect(status().isOk())
                .andExpect(content().string(containsString("au moins 12 caractères")));
        mvc.perform(post("/bo/activation").with(csrf()).param("jeton", jeton).param("motDePasse", "Martin Martin 2026")
                .param("confirmation", "Martin Martin 2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ni votre nom")));
        mvc.perform(post("/bo/activation").with(csrf()).param("jeton", jeton).param("motDePasse", MOT_DE_PASSE)
                .param("confirmation", MOT_DE_PASSE + "x")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ne sont pas identiques")));
        mvc.perform(post("/bo/activation").with(csrf()).param("jeton", jeton).param("motDePasse", "x".repeat(5000))
                .param("confirmation", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("72 caractères au plus")));
        assertThat(jdbc.sql("select mot_de_passe is null from agent where email = :e").param("e", email)
                .query(Boolean.class).single()).isTrue();

        mvc.perform(post("/bo/activation").with(csrf()).param("jeton", jeton).param("motDePasse", MOT_DE_PASSE)
                .param("confirmation", MOT_DE_PASSE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre compte est activé")));
        String hash = jdbc.sql("select mot_de_passe from agent where email = :e and active_le is not null")
                .param("e", email).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encodeur.matches(MOT_DE_PASSE, hash)).isTrue();
        List<MimeMessage> recus = courrielsPour(email);
        assertThat(recus).hasSize(1);
        assertThat(recus.get(0).getSubject()).isEqualTo("VAO - Inscription validée, prochaines étapes pour votre compte");
        assertThat(FixturesAgents.texte(recus.get(0))).contains("/bo/connexion");
        // single use
        mvc.perform(get("/bo/activation").param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lien d’activation non valide")));
        Instant limite = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(limite) && jdbc.sql(
                "select count(*) from journal_audit where type = 'COMPTE_ACTIVE' and cible like :c")
                .param("c", "%" + email).query(Integer.class).single() == 0) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("select count(*) from journal_audit where type = 'COMPTE_ACTIVE' and cible like :c")
                .param("c", "%" + email).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void unLienExpireMeneALaPageDeRenouvellementQuiEnvoieUnNouveauLien() throws Exception {
        String email = "expire-" + unique().toLowerCase() + "@vao.test";
        horloge.regler(Instant.now());
        String jeton = creer(email);
        horloge.avancer(Duration.ofMinutes(61));
        mvc.perform(get("/bo/activation").param("jeton", jeton)).andExpect(redirectedUrl("/bo/activation/expire"));
        mvc.perform(post("/bo/activation").with(csrf()).param("jeton", jeton).param("motDePasse", MOT_DE_PASSE)
                .param("confirmation", MOT_DE_PASSE)).andExpect(redirectedUrl("/bo/activation/expire"));
        mvc.perform(get("/bo/activation/expire")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lien d’activation expiré")));
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(post("/bo/activation/expire").with(csrf()).param("email", email.toUpperCase()))
                .andExpect(redirectedUrl("/bo/activation/expire"));
        List<MimeMessage> recus = courrielsPour(email);
        assertThat(recus).hasSize(1);
        assertThat(recus.get(0).getSubject()).isEqualTo("Portail VAO Administration - Validez votre courriel");
        Matcher m = LIEN.matcher(FixturesAgents.texte(recus.get(0)));
        assertThat(m.find()).isTrue();
        mvc.perform(get("/bo/activation").param("jeton", m.group(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Activer mon compte")));
    }

    @Test
    void leRenouvellementRepondLaMemeChoseEtNEnvoieRienAUnCompteDejaActive() throws Exception {
        var actif = agent(jdbc, "actif", "75", "DEP", "eig");
        mvc.perform(post("/bo/activation/expire").with(csrf()).param("email", actif.email()))
                .andExpect(redirectedUrl("/bo/activation/expire"));
        mvc.perform(post("/bo/activation/expire").with(csrf()).param("email", "inconnu-" + unique() + "@vao.test"))
                .andExpect(redirectedUrl("/bo/activation/expire"));
        envoiCourriels.envoyerEnAttente();
        assertThat(jdbc.sql("select count(*) from courriel where destinataires = :e").param("e", actif.email())
                .query(Integer.class).single()).isZero();
        mvc.perform(post("/bo/activation/expire").with(csrf()).param("email", "<script>" + "a".repeat(400)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une adresse courriel de 255 caractères au plus.")));
        mvc.perform(get("/bo/activation").param("jeton", "x".repeat(5000))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lien d’activation non valide")));
    }
}
