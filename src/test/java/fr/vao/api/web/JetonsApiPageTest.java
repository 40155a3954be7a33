package fr.vao.api.web;

import static fr.vao.api.AppelsApi.bearer;
import static fr.vao.api.AppelsApi.depuis;
import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.api.AppelsApi;
import fr.vao.api.JetonsApi;
import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.TestIntegration;

/**
 * "Mon compte" > "Jetons d'API": create (shown once, stored, audited, mailed), list, use (last use recorded at most
 * once a minute), revoke after confirmation (then 401), another user's token not found, the cap, validated accounts
 * only.
 */
class JetonsApiPageTest extends TestIntegration {

    private static final Pattern JETON = Pattern.compile("<textarea[^>]*id=\"jeton\"[^>]*>([^<]+)</textarea>");

    @Autowired
    EnvoiCourriels envoi;

    @Autowired
    JetonsApi jetons;

    @Test
    void unJetonCreeParLaPageEstAfficheUneFoisFonctionneEtSeRevoque() throws Exception {
        horloge.regler(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var o = OrganismesAgrement.nouveau(jdbc, null);
        UtilisateurConnecte u = o.membre();
        mvc.perform(get("/mon-compte").with(en(u)))
                .andExpect(content().string(containsString("href=\"/mon-compte/jetons-api\"")));
        mvc.perform(get("/mon-compte/jetons-api").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous n’avez encore créé aucun jeton.")));

        String page = mvc.perform(post("/mon-compte/jetons-api").with(en(u)).with(csrf())
                        .param("libelle", "  Logiciel de réservation ").param("validite", "90"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("Il ne sera plus jamais affiché")))
                .andExpect(content().string(containsString("data-copier=\"jeton\"")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = JETON.matcher(page);
        assertThat(m.find()).as("le jeton est affiché").isTrue();
        String jeton = m.group(1).strip();

        var ligne = jdbc.sql("select jti, libelle, expire_le, utilise_le from jeton_api where organisateur_id = :id")
                .param("id", u.id()).query((rs, n) -> new Object[] {rs.getObject("jti", UUID.class),
                    rs.getString("libelle"), rs.getObject("expire_le", OffsetDateTime.class),
                    rs.getObject("utilise_le", OffsetDateTime.class)}).single();
        assertThat(ligne[1]).isEqualTo("Logiciel de réservation");
        assertThat(((OffsetDateTime) ligne[2]).toInstant()).isEqualTo(horloge.instant().plus(Duration.ofDays(90)));
        assertThat(ligne[3]).isNull();
        UUID jti = (UUID) ligne[0];

        // the token works, its use is recorded, at most once a minute
        String adresse = AppelsApi.nouvelleAdresse();
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse))).andExpect(status().isNotFound());
        assertThat(utiliseLe(jti)).isEqualTo(horloge.instant());
        horloge.avancer(Duration.ofSeconds(30));
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse))).andExpect(status().isNotFound());
        assertThat(utiliseLe(jti)).isEqualTo(horloge.instant().minusSeconds(30));
        horloge.avancer(Duration.ofSeconds(31));
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse))).andExpect(status().isNotFound());
        assertThat(utiliseLe(jti)).isEqualTo(horloge.instant());

        // listed, without the token itself
        mvc.perform(get("/mon-compte/jetons-api").with(en(u)))
                .andExpect(content().string(containsString("Logiciel de réservation")))
                .andExpect(content().string(containsString("Actif")))
                .andExpect(content().string(not(containsString(jeton))));

        // audited and told to the user by mail
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from journal_audit where type = 'JETON_API_CREE' and cible = :c and acteur like :a")
                .param("c", "jeton:" + jti).param("a", "FO:" + u.id() + " %").query(Integer.class).single() == 1);
        envoi.envoyerEnAttente();
        MimeMessage courriel = Arrays.stream(SMTP.getReceivedMessages())
                .filter(msg -> destinataire(msg, u.email())).reduce((a, b) -> b).orElseThrow();
        assertThat(courriel.getSubject()).isEqualTo("Portail VAO - Un jeton d'API a été créé sur votre compte");
        String corps = GreenMailUtil.getBody(courriel).replace("=\r\n", "");
        assertThat(corps).contains("Logiciel de r").doesNotContain(jeton.substring(jeton.length() - 20));

        // revocation: a confirmation page, then the token is refused
        mvc.perform(get("/mon-compte/jetons-api/{jti}/revocation", jti).with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous allez révoquer le jeton « Logiciel de réservation »")));
        mvc.perform(post("/mon-compte/jetons-api/{jti}/revocation", jti).with(en(u)).with(csrf()))
                .andExpect(redirectedUrl("/mon-compte/jetons-api"));
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/mon-compte/jetons-api").with(en(u)))
                .andExpect(content().string(containsString("Révoqué")));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from journal_audit where type = 'JETON_API_REVOQUE' and cible = :c")
                .param("c", "jeton:" + jti).query(Integer.class).single() == 1);
        // already revoked: nothing to confirm
        mvc.perform(get("/mon-compte/jetons-api/{jti}/revocation", jti).with(en(u)))
                .andExpect(status().isNotFound());
    }

    @Test
    void leJetonDunAutreUtilisateurEstIntrouvableEtResteValide() throws Exception {
        var moi = OrganismesAgrement.nouveau(jdbc, null);
        var autre = OrganismesAgrement.nouveau(jdbc, null);
        var sien = jetons.emettre(autre.membre().id(), "Le sien", Duration.ofDays(10));
        String type = mvc.perform(get("/mon-compte/jetons-api/{jti}/revocation", sien.jti()).with(en(moi.membre())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentType();
        assertThat(String.valueOf(type)).as("la page d'erreur du portail, pas un problème JSON").doesNotContain("json");
        mvc.perform(post("/mon-compte/jetons-api/{jti}/revocation", sien.jti()).with(en(moi.membre())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mon-compte/jetons-api").with(en(moi.membre())))
                .andExpect(content().string(not(containsString("Le sien"))));
        mvc.perform(get("/api/v1/inconnu").with(bearer(sien.jeton())).with(depuis(AppelsApi.nouvelleAdresse())))
                .andExpect(status().isNotFound());
    }

    @Test
    void leLibelleEstObligatoireEtLeNombreDeJetonsActifsEstPlafonne() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        mvc.perform(post("/mon-compte/jetons-api").with(en(o.membre())).with(csrf())
                        .param("libelle", " ").param("validite", "365"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez le libellé du jeton.")));
        mvc.perform(post("/mon-compte/jetons-api").with(en(o.membre())).with(csrf())
                        .param("libelle", "Trop long").param("validite", "400"))
                .andExpect(content().string(containsString("Choisissez la durée de validité du jeton.")));
        for (int i = 1; i <= 5; i++) {
            mvc.perform(post("/mon-compte/jetons-api").with(en(o.membre())).with(csrf())
                            .param("libelle", "Jeton " + i).param("validite", "30"))
                    .andExpect(content().string(containsString("Copiez ce jeton maintenant")));
        }
        mvc.perform(post("/mon-compte/jetons-api").with(en(o.membre())).with(csrf())
                        .param("libelle", "Jeton 6").param("validite", "30"))
                .andExpect(content().string(containsString("Vous avez déjà 5 jetons actifs")))
                .andExpect(content().string(not(containsString("Copiez ce jeton maintenant"))));
        assertThat(jdbc.sql("select count(*) from jeton_api where organisateur_id = :id").param("id", o.membre().id())
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void unCompteNonValideNaPasDeJetons() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        jdbc.sql("update organisateur set statut = 'NEED_SIRET_VALIDATION' where id = :id")
                .param("id", o.membre().id()).update();
        mvc.perform(get("/mon-compte/jetons-api").with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre compte doit être validé pour créer un jeton.")))
                .andExpect(content().string(not(containsString("Créer le jeton"))));
        mvc.perform(post("/mon-compte/jetons-api").with(en(o.membre())).with(csrf())
                .param("libelle", "Essai").param("validite", "30")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from jeton_api where organisateur_id = :id").param("id", o.membre().id())
                .query(Integer.class).single()).isZero();
    }

    private Instant utiliseLe(UUID jti) {
        return jdbc.sql("select utilise_le from jeton_api where jti = :jti").param("jti", jti)
                .query(OffsetDateTime.class).single().toInstant();
    }

    private static boolean destinataire(MimeMessage message, String adresse) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(adresse));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
