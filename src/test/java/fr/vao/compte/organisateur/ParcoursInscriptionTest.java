package fr.vao.compte.organisateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole journey of scenario 1: registration, e-mail link, request to the DREETS, validation. */
class ParcoursInscriptionTest extends TestOrganisateur {

    private static final Pattern JETON = Pattern.compile("/connexion/validation\\?jeton=([A-Za-z0-9_-]+)");

    @BeforeEach
    void viderBoite() throws Exception {
        envoyer();
        SMTP.purgeEmailFromAllMailboxes();
    }

    private String inscrire(String email, String siret, String commune) throws Exception {
        inseeConnait(siret, commune);
        mvc.perform(InscriptionTest.inscription(email, siret))
                .andExpect(redirectedUrl("/connexion/enregistrement/confirmation"));
        MimeMessage m1 = seulRecuPar(email);
        Matcher m = JETON.matcher(texte(m1));
        assertThat(m.find()).as("lien de validation dans M1").isTrue();
        return m.group(1);
    }

    private long id(String email) {
        return jdbc.sql("select id from organisateur where email = :e").param("e", email).query(Long.class).single();
    }

    private String statut(String email) {
        return jdbc.sql("select statut from organisateur where email = :e").param("e", email).query(String.class)
                .single();
    }

    @Test
    void inscriptionLienValidationParLaDreetsPuisCompteValide() throws Exception {
        jdbc.sql("update fiche_territoire set service_email = 'dreets-cor-parcours@vao.test' where territoire_code = 'COR'")
                .update();
        String email = "parcours-complet@vao.test";
        String jeton = inscrire(email, "55210055400013", "2A004"); // Ajaccio: Corse-du-Sud, Corse

        mvc.perform(get("/connexion/validation").param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Je valide mon adresse courriel")));
        assertThat(statut(email)).as("opening the link alone uses nothing").isEqualTo("NEED_EMAIL_VALIDATION");
        mvc.perform(post("/connexion/validation").with(csrf()).param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Adresse courriel validée")));
        assertThat(statut(email)).isEqualTo("NEED_SIRET_VALIDATION");

        MimeMessage m3 = seulRecuPar(email);
        assertThat(sujet(m3)).isEqualTo("VAO - confirmation de votre demande d'inscription");
        assertThat(texte(m3)).contains("transmise à la DREETS de la région Corse");
        MimeMessage m4 = seulRecuPar("dreets-cor-parcours@vao.test");
        assertThat(sujet(m4)).isEqualTo("Portail VAO Administration - Validation de compte");
        assertThat(texte(m4)).contains("Durand").contains("Élodie").contains(email).contains("0612345678")
                .contains("https://annuaire-entreprises.data.gouv.fr/etablissement/55210055400013")
                .contains("Traiter la demande").contains("http://localhost:8080/bo/validation-ova")
                .doesNotContain("non vérifié");

        // The same link cannot be used twice
        mvc.perform(post("/connexion/validation").with(csrf()).param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString("déjà été utilisé")));

        long agent = creerAgent("dreets-cor-parcours-agent@vao.test", "COR", "Compte");
        long compte = id(email);
        mvc.perform(get("/bo/validation-ova").with(agent(agent, "dreets-cor-parcours-agent@vao.test", "COR", "REG", "Compte")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        mvc.perform(post("/bo/validation-ova/" + compte + "/valider").with(csrf()).param("version", "1")
                        .with(agent(agent, "dreets-cor-parcours-agent@vao.test", "COR", "REG", "Compte")))
                .andExpect(redirectedUrl("/bo/validation-ova"));
        assertThat(statut(email)).isEqualTo("VALIDATED");
        assertThat(sujet(seulRecuPar(email))).isEqualTo("VAO - Inscription validée, prochaines étapes pour votre compte");
    }

    @Test
    void sansBoiteDeServiceM4VaAuxAgentsDeLaRegionAyantLeRoleCompte() throws Exception {
        jdbc.sql("update fiche_territoire set service_email = null where territoire_code = 'MAY'").update();
        creerAgent("may-compte-m4@vao.test", "MAY", "Compte");
        creerAgent("may-sans-role-m4@vao.test", "MAY", "eig");
        long desactive = creerAgent("may-desactive-m4@vao.test", "MAY", "Compte");
        jdbc.sql("update agent set desactive = true where id = :id").param("id", desactive).update();
        creerAgent("ddets-976-m4@vao.test", "976", "Compte");
        String email = "parcours-mayotte@vao.test";
        String jeton = inscrire(email, "73282932000074", "97611"); // Mamoudzou

        mvc.perform(post("/connexion/validation").with(csrf()).param("jeton", jeton)).andExpect(status().isOk());

        MimeMessage m4 = seulRecuPar("may-compte-m4@vao.test");
        assertThat(sujet(m4)).isEqualTo("Portail VAO Administration - Validation de compte");
        assertThat(texte(m4)).contains(email).contains("73282932000074");
        assertThat(recusPar("may-sans-role-m4@vao.test")).isEmpty();
        assertThat(recusPar("may-desactive-m4@vao.test")).isEmpty();
        assertThat(recusPar("ddets-976-m4@vao.test")).isEmpty();
    }

    @Test
    void m4SignaleUnSiretNonVerifie() throws Exception {
        jdbc.sql("update fiche_territoire set service_email = 'dreets-pdl-m4@vao.test' where territoire_code = 'PDL'")
                .update();
        inseeRepond("73282932000074", 503);
        String email = "parcours-non-verifie@vao.test";
        mvc.perform(InscriptionTest.inscription(email, "73282932000074").param("choixRegion", "true")
                .param("regionCode", "PDL")).andExpect(redirectedUrl("/connexion/enregistrement/confirmation"));
        Matcher m = JETON.matcher(texte(seulRecuPar(email)));
        assertThat(m.find()).isTrue();
        mvc.perform(post("/connexion/validation").with(csrf()).param("jeton", m.group(1))).andExpect(status().isOk());
        assertThat(texte(seulRecuPar("dreets-pdl-m4@vao.test"))).contains("non vérifié");
    }

    @Test
    void unLienExpireProposeUnNouveauLienQuiFonctionne() throws Exception {
        String email = "parcours-expire@vao.test";
        String jeton = inscrire(email, "73282932000074", "75056");
        horloge.regler(horloge.instant().plus(Duration.ofMinutes(61)));

        mvc.perform(get("/connexion/validation").param("jeton", jeton)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien a expiré")))
                .andExpect(content().string(containsString("/connexion/validation/renvoi")));
        mvc.perform(post("/connexion/validation").with(csrf()).param("jeton", jeton))
                .andExpect(content().string(containsString("Ce lien a expiré")));
        assertThat(statut(email)).isEqualTo("NEED_EMAIL_VALIDATION");

        mvc.perform(post("/connexion/validation/renvoi").with(csrf()).param("email", email.toUpperCase()))
                .andExpect(redirectedUrl("/connexion/validation/renvoi"));
        Matcher m = JETON.matcher(texte(seulRecuPar(email)));
        assertThat(m.find()).isTrue();
        mvc.perform(post("/connexion/validation").with(csrf()).param("jeton", m.group(1))).andExpect(status().isOk());
        assertThat(statut(email)).isEqualTo("NEED_SIRET_VALIDATION");
    }

    @Test
    void leRenvoiEstNeutreEtNeConcerneQueLesComptesEnAttenteDeValidationDeLAdresse() throws Exception {
        creerOrganisateur("renvoi-valide@vao.test", "VALIDATED", "IDF", "73282932000074", true);
        mvc.perform(post("/connexion/validation/renvoi").with(csrf()).param("email", "renvoi-valide@vao.test"))
                .andExpect(redirectedUrl("/connexion/validation/renvoi"));
        mvc.perform(post("/connexion/validation/renvoi").with(csrf()).param("email", "renvoi-inconnu@vao.test"))
                .andExpect(redirectedUrl("/connexion/validation/renvoi"));
        assertThat(recusPar("renvoi-valide@vao.test")).isEmpty();
        assertThat(recusPar("renvoi-inconnu@vao.test")).isEmpty();
        mvc.perform(post("/connexion/validation/renvoi").with(csrf()).param("email", "pas une adresse"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saisissez une adresse courriel valide")));
        mvc.perform(get("/connexion/validation").param("jeton", "n-importe-quoi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien n’est plus valable")));
    }
}
