package fr.vao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.vao.plateforme.VaoProperties;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.TestIntegration;

/** The outbox: retries across an SMTP outage, the 24-hour limit, "Renvoyer", the mail layout and the BO page. */
class CourrielsAdministrationTest extends TestIntegration {

    @Autowired
    Courriels courriels;

    @Autowired
    EnvoiCourriels envoi;

    @Autowired
    VaoProperties proprietes;

    @Test
    void unCourrielEnFilePendantUnePanneSmtpPartUneSeuleFoisQuandLeServeurRevient() throws Exception {
        String destinataire = "panne-smtp@test-courriels.fr";
        horloge.regler(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        long id = courriels.envoyer(Courriel.a(destinataire, "essai-outbox", "Essai panne", variables()));
        arreterSmtp();
        try {
            envoi.envoyerEnAttente();
            Map<String, Object> apresPanne = ligne(id);
            assertThat(apresPanne.get("statut")).isEqualTo("A_ENVOYER");
            assertThat(apresPanne.get("tentatives")).isEqualTo(1);
            assertThat(apresPanne.get("derniere_erreur")).isNotNull();
            assertThat(instant(apresPanne.get("prochain_essai_le")))
                    .isEqualTo(horloge.instant().plus(Duration.ofMinutes(1)));
        } finally {
            redemarrerSmtp();
        }
        SMTP.purgeEmailFromAllMailboxes();
        envoi.envoyerEnAttente();
        assertThat(recus(destinataire)).as("pas avant le prochain essai").isEmpty();

        horloge.avancer(Duration.ofMinutes(2));
        envoi.envoyerEnAttente();
        assertThat(recus(destinataire)).hasSize(1);
        assertThat(ligne(id).get("statut")).isEqualTo("ENVOYE");

        horloge.avancer(Duration.ofHours(2));
        envoi.envoyerEnAttente();
        assertThat(recus(destinataire)).as("jamais deux fois").hasSize(1);
    }

    @Test
    void apres24HeuresDEchecsLeCourrielPasseEnEchec() throws Exception {
        Instant debut = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        horloge.regler(debut);
        long id = courriels.envoyer(Courriel.a("echec-24h@test-courriels.fr", "essai-outbox", "Essai 24 h", variables()));
        arreterSmtp();
        List<Instant> essais = new ArrayList<>();
        try {
            for (int i = 0; i < 60 && !"ECHEC".equals(ligne(id).get("statut")); i++) {
                essais.add(horloge.instant());
                envoi.envoyerEnAttente();
                horloge.regler(instant(ligne(id).get("prochain_essai_le")));
            }
        } finally {
            redemarrerSmtp();
        }
        Map<String, Object> courriel = ligne(id);
        assertThat(courriel.get("statut")).isEqualTo("ECHEC");
        Instant dernier = essais.get(essais.size() - 1);
        assertThat(dernier).isAfterOrEqualTo(debut.plus(Duration.ofHours(24)));
        assertThat(essais.get(essais.size() - 2)).isBefore(debut.plus(Duration.ofHours(24)));
        // backoff: 1, 2, 4, ... minutes, at most one hour between two attempts
        assertThat(Duration.between(essais.get(0), essais.get(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Duration.between(essais.get(1), essais.get(2))).isEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(essais.get(essais.size() - 2), dernier)).isEqualTo(Duration.ofHours(1));

        SMTP.purgeEmailFromAllMailboxes();
        horloge.avancer(Duration.ofDays(1));
        envoi.envoyerEnAttente();
        assertThat(recus("echec-24h@test-courriels.fr")).as("un courriel en échec ne repart pas seul").isEmpty();
    }

    @Test
    void unAgentNationalRenvoieUnCourrielEnEchecQuiPartUneSeuleFois() throws Exception {
        String destinataire = "renvoi@test-courriels.fr";
        horloge.regler(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        long id = enEchec(destinataire);

        mvc.perform(post("/bo/administration/courriels/{id}/renvoyer", id).param("version", "0").with(csrf())
                .with(authentication(agent("NAT"))))
                .andExpect(redirectedUrl("/bo/administration/courriels/" + id))
                .andExpect(flash().attribute("succes", containsString("remis en file")));
        Map<String, Object> renvoye = ligne(id);
        assertThat(renvoye.get("statut")).isEqualTo("A_ENVOYER");
        assertThat(instant(renvoye.get("essais_depuis"))).isEqualTo(horloge.instant());

        SMTP.purgeEmailFromAllMailboxes();
        envoi.envoyerEnAttente();
        envoi.envoyerEnAttente();
        assertThat(recus(destinataire)).hasSize(1);

        mvc.perform(post("/bo/administration/courriels/{id}/renvoyer", id).param("version", "1").with(csrf())
                .with(authentication(agent("NAT"))))
                .andExpect(flash().attribute("erreur", containsString("déjà été envoyé")));
        envoi.envoyerEnAttente();
        assertThat(recus(destinataire)).as("un courriel envoyé n'est jamais renvoyé").hasSize(1);
        assertThat(ligne(id).get("statut")).isEqualTo("ENVOYE");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("select count(*) from journal_audit where type = 'COURRIEL_RENVOYE' and cible like :cible")
                .param("cible", "COURRIEL:" + id + " %").query(Integer.class).single() == 1);
    }

    @Test
    void unRenvoiAvecUneVersionPerimeeEstRefuseSansRienModifier() throws Exception {
        long id = enEchec("renvoi-concurrent@test-courriels.fr");
        mvc.perform(post("/bo/administration/courriels/{id}/renvoyer", id).param("version", "7").with(csrf())
                .with(authentication(agent("NAT"))))
                .andExpect(flash().attribute("erreur", containsString("modifié entre-temps")));
        assertThat(ligne(id).get("statut")).isEqualTo("ECHEC");
    }

    @Test
    void leCourrielALaMiseEnPageDuPortailEnHtmlEtEnTexte() throws Exception {
        String destinataire = "mise-en-page@test-courriels.fr";
        courriels.envoyer(Courriel.a(destinataire, "essai-outbox", "Essai de mise en page", variables()));
        SMTP.purgeEmailFromAllMailboxes();
        envoi.envoyerEnAttente();
        List<MimeMessage> recus = recus(destinataire);
        assertThat(recus).hasSize(1);
        MimeMessage message = recus.get(0);
        assertThat(message.getSubject()).isEqualTo("Essai de mise en page");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo(proprietes.courriel().expediteur());
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Portail VAO");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress())
                .isEqualTo(proprietes.courriel().repondreA());
        String html = partie(message, "text/html");
        String texte = partie(message, "text/plain");
        assertThat(html).contains("Portail VAO", "L’équipe du SI VAO", "Attention à l’hameçonnage", "Bonjour",
                "Alice", "123456", proprietes.courriel().support());
        assertThat(texte).contains("PORTAIL VAO", "L'équipe du SI VAO", "Attention à l'hameçonnage", "Bonjour Alice",
                "123456", proprietes.courriel().support());
    }

    @Test
    void laListeLeDetailEtLExportMontrentLeCourrielSansSonContenu() throws Exception {
        String destinataire = "liste-courriels@test-courriels.fr";
        long id = courriels.envoyer(Courriel.a(destinataire, "essai-outbox", "Essai liste", variables()));
        mvc.perform(get("/bo/administration/courriels").param("destinataire", "liste-courriels@")
                .param("statut", "A_ENVOYER").with(authentication(agent("NAT"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(destinataire)))
                .andExpect(content().string(containsString("1 courriel")))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")));
        mvc.perform(get("/bo/administration/courriels").param("destinataire", "liste-courriels@")
                .param("statut", "ECHEC").with(authentication(agent("NAT"))))
                .andExpect(content().string(not(containsString(destinataire))));
        mvc.perform(get("/bo/administration/courriels/{id}", id).with(authentication(agent("NAT"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Essai liste")))
                .andExpect(content().string(containsString(destinataire)))
                .andExpect(content().string(not(containsString("123456"))));
        mvc.perform(get("/bo/administration/courriels/export.csv").param("destinataire", "liste-courriels@")
                .with(authentication(agent("NAT"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(content().string(containsString("Numéro;Date de création;Modèle")))
                .andExpect(content().string(containsString(destinataire + ";Essai liste;À envoyer")));
    }

    @Test
    void unFiltreInvalideDonneUnMessageEtPasUneErreur() throws Exception {
        mvc.perform(get("/bo/administration/courriels").param("du", "31/02/xx").param("statut", "NIMPORTE")
                .param("destinataire", "x".repeat(300)).with(authentication(agent("NAT"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une date valide")))
                .andExpect(content().string(containsString("Choisissez un statut proposé")))
                .andExpect(content().string(containsString("Saisissez 255 caractères au plus")));
    }

    @Test
    void seulsLesAgentsNationauxAccedentAuxCourriels() throws Exception {
        long id = enEchec("acces-courriels@test-courriels.fr");
        for (String niveau : new String[] {"REG", "DEP"}) {
            mvc.perform(get("/bo/administration/courriels").with(authentication(agent(niveau))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/bo/administration/courriels/{id}", id).with(authentication(agent(niveau))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/bo/administration/courriels/export.csv").with(authentication(agent(niveau))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/bo/administration/courriels/{id}/renvoyer", id).param("version", "0").with(csrf())
                    .with(authentication(agent(niveau))))
                    .andExpect(status().isForbidden());
        }
        assertThat(ligne(id).get("statut")).isEqualTo("ECHEC");
        mvc.perform(get("/bo/administration/courriels")).andExpect(redirectedUrl("/bo/connexion"));
    }

    // --- helpers

    private long enEchec(String destinataire) {
        long id = courriels.envoyer(Courriel.a(destinataire, "essai-outbox", "Essai échec", variables()));
        jdbc.sql("update courriel set statut = 'ECHEC', tentatives = 20, derniere_erreur = 'Connexion refusée' where id = :id")
                .param("id", id).update();
        return id;
    }

    private static Instant instant(Object horodatage) {
        return horodatage instanceof java.sql.Timestamp t ? t.toInstant() : ((OffsetDateTime) horodatage).toInstant();
    }

    private static Map<String, Object> variables() {
        return Map.of("prenom", "Alice", "code", "123456");
    }

    private Map<String, Object> ligne(long id) {
        return jdbc.sql("select * from courriel where id = :id").param("id", id).query().singleRow();
    }

    static UsernamePasswordAuthenticationToken agent(String niveau) {
        UtilisateurConnecte agent = new UtilisateurConnecte(Portail.BO, 900_001, "agent-" + niveau.toLowerCase()
                + "@test-courriels.fr", "Agent", "Test", Set.of(), "NAT".equals(niveau) ? "FRA" : "IDF", niveau);
        return UsernamePasswordAuthenticationToken.authenticated(agent, null,
                List.of(new SimpleGrantedAuthority("ROLE_AGENT"), new SimpleGrantedAuthority("NIVEAU_" + niveau)));
    }

    private static List<MimeMessage> recus(String destinataire) throws Exception {
        List<MimeMessage> recus = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            Address[] a = m.getAllRecipients();
            if (a != null && Arrays.stream(a).anyMatch(x -> destinataire.equals(((InternetAddress) x).getAddress()))) {
                recus.add(m);
            }
        }
        return recus;
    }

    private static String partie(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !(part.getContent() instanceof Multipart)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart p = multi.getBodyPart(i);
                String trouve = partie(p, type);
                if (trouve != null) {
                    return trouve;
                }
            }
        }
        return null;
    }

    /**
     * Stops GreenMail so that SMTP is down. Its setup asked for a free port (0): it is pinned to the port in use, so
     * that {@link #redemarrerSmtp()} listens again where the application sends.
     */
    static void arreterSmtp() throws Exception {
        int port = SMTP.getSmtp().getPort();
        Field config = GreenMail.class.getDeclaredField("config");
        config.setAccessible(true);
        ServerSetup[] actuelle = (ServerSetup[]) config.get(SMTP);
        config.set(SMTP, new ServerSetup[] {actuelle[0].port(port)});
        SMTP.stop();
    }

    static void redemarrerSmtp() {
        SMTP.start();
    }
}
