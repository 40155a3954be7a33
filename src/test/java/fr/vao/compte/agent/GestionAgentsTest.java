package fr.vao.compte.agent;

import static fr.vao.compte.agent.FixturesAgents.agent;
import static fr.vao.compte.agent.FixturesAgents.inserer;
import static fr.vao.compte.agent.FixturesAgents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.support.TestIntegration;

class GestionAgentsTest extends TestIntegration {

    @Autowired
    EnvoiCourriels envoiCourriels;

    @Autowired
    AdministrateurInitial administrateurInitial;

    @BeforeEach
    void viderLaBoite() throws Exception {
        envoiCourriels.envoyerEnAttente();
        SMTP.purgeEmailFromAllMailboxes();
    }

    private static MockHttpServletRequestBuilder creation(String email, String competence, String region,
            String departement, String... roles) {
        MockHttpServletRequestBuilder r = post("/bo/agents/nouveau").with(csrf()).param("email", email)
                .param("nom", "Durand").param("prenom", "Léa").param("competence", competence);
        if (region != null) {
            r.param("region", region);
        }
        if (departement != null) {
            r.param("departement", departement);
        }
        return r.param("roles", roles);
    }

    private List<MimeMessage> courrielsPour(String email) throws Exception {
        return FixturesAgents.courrielsPour(jdbc, envoiCourriels, SMTP, email, 1);
    }

    private long idDe(String email) {
        return jdbc.sql("select id from agent where email = :e").param("e", email).query(Long.class).single();
    }

    @Test
    void unAdministrateurNationalCreeUnCompteQuiRecoitLeLienDActivation() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig");
        String email = "cree-" + unique().toLowerCase() + "@vao.test";
        mvc.perform(creation(email.toUpperCase(), "DEP", null, "69", "Compte", "DemandeSejour_Lecture")
                .with(nat.requete())).andExpect(status().is3xxRedirection());
        long id = idDe(email);
        assertThat(jdbc.sql("select mot_de_passe is null and territoire_code = '69' and cree_par_agent_id = :p from agent where id = :id")
                .param("id", id).param("p", nat.id()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select role from agent_role where agent_id = :id order by role").param("id", id)
                .query(String.class).list()).containsExactly("Compte", "DemandeSejour_Lecture", "eig");
        List<MimeMessage> recus = courrielsPour(email);
        assertThat(recus).hasSize(1);
        assertThat(recus.get(0).getSubject()).isEqualTo("Portail VAO Administration - Validez votre courriel");
        String corps = FixturesAgents.texte(recus.get(0));
        assertThat(corps).contains("Activer mon compte").contains("/bo/activation?jeton=");
        attendreAudit("COMPTE_CREE", email);
    }

    @Test
    void uneAdresseDejaPriseEstSignaleeSurLeChamp() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig");
        mvc.perform(creation(nat.email(), "NAT", null, null, "Compte").with(nat.requete()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un compte agent existe déjà avec cette adresse courriel.")));
    }

    @Test
    void unAdministrateurRegionalNePeutPasCreerDansUneAutreRegion() throws Exception {
        var reg = agent(jdbc, "reg", "IDF", "REG", "Compte", "eig");
        String email = "hors-" + unique().toLowerCase() + "@vao.test";
        mvc.perform(creation(email, "REG", "AURA", null, "Compte").with(reg.requete()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("L’administrateur ne peut pas créer de comptes en dehors de son territoire")));
        mvc.perform(creation(email, "DEP", null, "69", "Compte").with(reg.requete())).andExpect(status().isForbidden());
        mvc.perform(creation(email, "NAT", null, null, "Compte").with(reg.requete())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from agent where email = :e").param("e", email).query(Integer.class)
                .single()).isZero();
        // within its region: allowed
        mvc.perform(creation(email, "DEP", null, "92", "Compte").with(reg.requete()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void unAdministrateurDepartementalNePeutPasCreerUnCompteRegional() throws Exception {
        var dep = agent(jdbc, "dep", "75", "DEP", "Compte", "eig");
        mvc.perform(creation("dep-" + unique().toLowerCase() + "@vao.test", "REG", "IDF", null, "Compte")
                .with(dep.requete())).andExpect(status().isForbidden());
        mvc.perform(creation("dep-" + unique().toLowerCase() + "@vao.test", "DEP", null, "92", "Compte")
                .with(dep.requete())).andExpect(status().isForbidden());
    }

    @Test
    void unAgentHorsPerimetreEstIntrouvable() throws Exception {
        var reg = agent(jdbc, "reg", "IDF", "REG", "Compte", "Desactivation", "eig");
        long lyon = inserer(jdbc, "lyon-" + unique().toLowerCase() + "@vao.test", "Lyon", "69", "eig", "Compte");
        mvc.perform(get("/bo/agents/" + lyon).with(reg.requete())).andExpect(status().isNotFound());
        mvc.perform(post("/bo/agents/" + lyon).with(csrf()).with(reg.requete()).param("nom", "Pirate")
                .param("prenom", "Jean").param("competence", "DEP").param("departement", "75").param("roles", "Compte")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/bo/agents/" + lyon + "/desactiver").with(csrf()).with(reg.requete()).param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select nom from agent where id = :id").param("id", lyon).query(String.class).single())
                .isEqualTo("Lyon");
        mvc.perform(get("/bo/agents/999999999").with(reg.requete())).andExpect(status().isNotFound());
    }

    @Test
    void sansLeRoleCompteLaCreationEtLaFicheSontRefusees() throws Exception {
        var lecteur = agent(jdbc, "lect", "FRA", "NAT", "DemandeSejour_Lecture", "eig");
        long cible = inserer(jdbc, "cible-" + unique().toLowerCase() + "@vao.test", "Cible", "75", "eig");
        mvc.perform(creation("x-" + unique().toLowerCase() + "@vao.test", "NAT", null, null, "Compte")
                .with(lecteur.requete())).andExpect(status().isForbidden());
        mvc.perform(get("/bo/agents/" + cible).with(lecteur.requete())).andExpect(status().isForbidden());
    }

    @Test
    void leRoleDesactivationNEstProposeEtAccepteQuePourSesTitulaires() throws Exception {
        var sans = agent(jdbc, "sans", "FRA", "NAT", "Compte", "eig");
        var avec = agent(jdbc, "avec", "FRA", "NAT", "Compte", "Desactivation", "eig");
        mvc.perform(get("/bo/agents/nouveau").with(sans.requete()))
                .andExpect(content().string(not(containsString("role-Desactivation"))));
        mvc.perform(get("/bo/agents/nouveau").with(avec.requete()))
                .andExpect(content().string(containsString("role-Desactivation")));
        String email = "desac-" + unique().toLowerCase() + "@vao.test";
        mvc.perform(creation(email, "NAT", null, null, "Desactivation").with(sans.requete()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuls les agents autorisés à désactiver les comptes")));
        mvc.perform(creation(email, "NAT", null, null, "Desactivation").with(avec.requete()))
                .andExpect(status().is3xxRedirection());
        long id = idDe(email);
        // an administrator without the role edits the account: Desactivation is kept
        int version = jdbc.sql("select version from agent where id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(post("/bo/agents/" + id).with(csrf()).with(sans.requete()).param("nom", "Durand")
                .param("prenom", "Léa").param("competence", "NAT").param("roles", "Compte")
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select role from agent_role where agent_id = :id order by role").param("id", id)
                .query(String.class).list()).containsExactly("Compte", "Desactivation", "eig");
    }

    @Test
    void laModificationEstAuditeeEtProtegeeContreLesModificationsConcurrentes() throws Exception {
        var reg = agent(jdbc, "reg", "IDF", "REG", "Compte", "eig");
        String email = "modif-" + unique().toLowerCase() + "@vao.test";
        long id = inserer(jdbc, email, "Avant", "75", "eig", "DemandeSejour_Lecture");
        mvc.perform(get("/bo/agents/" + id).with(reg.requete())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Avant")));
        mvc.perform(post("/bo/agents/" + id).with(csrf()).with(reg.requete()).param("nom", "Après")
                .param("prenom", "Léa").param("competence", "DEP").param("departement", "92")
                .param("roles", "DemandeSejour_Ecriture").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select nom || ' ' || territoire_code from agent where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Après 92");
        // the same form sent again with the old version: conflict, nothing lost
        mvc.perform(post("/bo/agents/" + id).with(csrf()).with(reg.requete()).param("nom", "Perdu")
                .param("prenom", "Léa").param("competence", "DEP").param("departement", "92")
                .param("roles", "Compte").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("modifié par quelqu’un d’autre")));
        assertThat(jdbc.sql("select nom from agent where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Après");
        // moving the account out of the region is refused
        mvc.perform(post("/bo/agents/" + id).with(csrf()).with(reg.requete()).param("nom", "Après")
                .param("prenom", "Léa").param("competence", "DEP").param("departement", "69")
                .param("roles", "Compte").param("version", "1"))
                .andExpect(status().isForbidden());
        attendreAudit("COMPTE_MODIFIE", email);
        attendreAudit("ROLES_MODIFIES", email);
        assertThat(jdbc.sql("select details from journal_audit where type = 'ROLES_MODIFIES' and cible like :c")
                .param("c", "%" + email).query(String.class).single())
                .isEqualTo("[DemandeSejour_Lecture, eig] → [DemandeSejour_Ecriture, eig]");
    }

    @Test
    void uneSaisieHostileOuTropLongueDonneDesMessagesEnFrancais() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig");
        String html = mvc.perform(post("/bo/agents/nouveau").with(csrf()).with(nat.requete())
                .param("email", "<script>alert(1)</script>" + "a".repeat(300)).param("nom", "x".repeat(500))
                .param("prenom", "Robert'); DROP TABLE agent;--").param("competence", "ROI")
                .param("roles", "Administrateur")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Saisissez une adresse courriel de 255 caractères au plus.")
                .contains("Saisissez 100 caractères au plus.")
                .contains("Saisissez un prénom composé de lettres")
                .contains("Choisissez le type de compétence du service")
                .contains("Cochez uniquement des rôles de la liste.")
                .contains("fr-alert--error").doesNotContain("<script>alert(1)</script>");
        html = mvc.perform(post("/bo/agents/nouveau").with(csrf()).with(nat.requete()).param("email", "")
                .param("nom", "").param("prenom", "").param("competence", "REG").param("region", "ZZZ"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Saisissez une adresse courriel.").contains("Saisissez le nom.")
                .contains("Sélectionnez une région de la liste.").contains("Cochez au moins un rôle.");
        mvc.perform(post("/bo/agents/abc").with(csrf()).with(nat.requete())).andExpect(status().is4xxClientError());
    }

    @Test
    void laDesactivationEstReserveeASesTitulairesJamaisSurSoiEtEnvoieM16() throws Exception {
        var avec = agent(jdbc, "avec", "IDF", "REG", "Compte", "Desactivation", "eig");
        var sans = agent(jdbc, "sans", "IDF", "REG", "Compte", "eig");
        String email = "cible-" + unique().toLowerCase() + "@vao.test";
        long cible = inserer(jdbc, email, "Cible", "75", "eig", "Compte");
        mvc.perform(post("/bo/agents/" + cible + "/desactiver").with(csrf()).with(sans.requete()).param("version", "0"))
                .andExpect(status().isForbidden());
        long avecId = avec.id();
        mvc.perform(post("/bo/agents/" + avecId + "/desactiver").with(csrf()).with(avec.requete()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/bo/agents/" + cible).with(sans.requete()))
                .andExpect(content().string(not(containsString("/desactiver"))));
        mvc.perform(get("/bo/agents/" + cible).with(avec.requete()))
                .andExpect(content().string(containsString("/desactiver")));

        String session = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                            max_inactive_interval, expiry_time, principal_name)
                values (:p, :s, 0, 0, 1800, 9999999999999, :principal)""")
                .param("p", java.util.UUID.randomUUID().toString()).param("s", session)
                .param("principal", "BO:" + cible).update();
        mvc.perform(post("/bo/agents/" + cible + "/desactiver").with(csrf()).with(avec.requete()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :s").param("s", session)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select desactive and desactive_par_agent_id = :par and desactive_le is not null from agent where id = :id")
                .param("id", cible).param("par", avec.id()).query(Boolean.class).single()).isTrue();
        List<MimeMessage> recus = courrielsPour(email);
        assertThat(recus).hasSize(1);
        assertThat(recus.get(0).getSubject()).isEqualTo("PORTAIL VAO ADMINISTRATION - DESACTIVATION DE VOTRE COMPTE");
        assertThat(FixturesAgents.texte(recus.get(0))).contains("désactivé");
        attendreAudit("COMPTE_DESACTIVE", email);

        mvc.perform(post("/bo/agents/" + cible + "/reactiver").with(csrf()).with(sans.requete()).param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bo/agents/" + cible + "/reactiver").with(csrf()).with(avec.requete()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select desactive from agent where id = :id").param("id", cible).query(Boolean.class)
                .single()).isFalse();
        attendreAudit("COMPTE_REACTIVE", email);
    }

    @Test
    void lAdministrateurInitialEstCreeUneSeuleFoisAvecTousLesRoles() throws Exception {
        String email = "boot-" + unique().toLowerCase() + "@vao.test";
        assertThat(administrateurInitial.initialiser(email.toUpperCase(), null, null)).isTrue();
        assertThat(administrateurInitial.initialiser(email, "Autre", "Nom")).isFalse();
        assertThat(administrateurInitial.initialiser("", null, null)).isFalse();
        assertThat(administrateurInitial.initialiser("pas-une-adresse", null, null)).isFalse();
        long id = idDe(email);
        assertThat(jdbc.sql("select territoire_code from agent where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("FRA");
        assertThat(jdbc.sql("select mot_de_passe is null from agent where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select role from agent_role where agent_id = :id order by role").param("id", id)
                .query(String.class).list())
                .containsExactly("Compte", "Controle", "DemandeSejour_Ecriture", "DemandeSejour_Lecture",
                        "Desactivation", "eig");
        List<MimeMessage> recus = courrielsPour(email);
        assertThat(recus).hasSize(1);
        assertThat(recus.get(0).getSubject()).isEqualTo("Portail VAO Administration - Validez votre courriel");
    }

    void attendreAudit(String type, String email) throws InterruptedException {
        Instant limite = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(limite)) {
            if (jdbc.sql("select count(*) from journal_audit where type = :t and cible like :c").param("t", type)
                    .param("c", "%" + email).query(Integer.class).single() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Pas d'événement d'audit " + type + " pour " + email);
    }
}
