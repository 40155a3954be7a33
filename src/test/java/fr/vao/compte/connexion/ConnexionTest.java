package fr.vao.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class ConnexionTest extends SupportConnexion {

    private static final String GENERIQUE = "Adresse courriel ou mot de passe incorrect";
    private static final String VERROUILLE = "la connexion est bloquée pendant 15 minutes";

    @Test
    void unOrganisateurValideSeConnecteEtSaSessionNOuvrePasLeBackOffice() throws Exception {
        String email = email("fo-ok");
        long id = organisateur(email, "VALIDATED", true);

        MvcResult r = connecter("", "  " + email.toUpperCase() + " ", MDP);

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie session = sessionFo(r);
        assertThat(session).isNotNull();
        assertThat(sessionBo(r)).isNull();
        mvc.perform(get("/mon-compte").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        assertThat(sessions("FO:" + id)).isEqualTo(1);
        assertThat(jdbc.sql("select derniere_connexion_le is not null and inactivite_notifiee_le is null "
                + "from organisateur where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        // the organiser's session is not read by the back office, and would not be enough there anyway
        mvc.perform(get("/bo/mon-compte").cookie(session)).andExpect(redirectedUrl("/bo/connexion"));
        mvc.perform(get("/bo/mon-compte").cookie(new Cookie("VAO_BO_SESSION", session.getValue())))
                .andExpect(status().isForbidden());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from journal_audit where type = 'CONNEXION' and cible = :c")
                .param("c", "FO:" + id + " " + email).query(Integer.class).single() == 1);
    }

    @Test
    void unAgentSeConnecteAuBackOfficeAvecSesRolesEtSonNiveau() throws Exception {
        String email = email("bo-ok");
        long id = agent(email, "IDF", true, false, true, "Compte", "eig");

        MvcResult r = connecter("/bo", email, MDP);

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo");
        Cookie session = sessionBo(r);
        assertThat(session).isNotNull();
        assertThat(sessionFo(r)).isNull();
        mvc.perform(get("/bo/mon-compte").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Accès à la consultation et création de comptes")))
                .andExpect(content().string(containsString("Île-de-France")));
        // NIVEAU_REG and the Compte role open the menu entries of a regional account manager
        mvc.perform(get("/bo").cookie(session)).andExpect(content().string(containsString("/bo/validation-ova")))
                .andExpect(content().string(containsString("/bo/agents")));
        assertThat(sessions("BO:" + id)).isEqualTo(1);
        mvc.perform(get("/mon-compte").cookie(new Cookie("VAO_SESSION", session.getValue())))
                .andExpect(status().isForbidden());
    }

    @Test
    void uneNouvelleConnexionFermeLaSessionPrecedente() throws Exception {
        String email = email("unique");
        long id = organisateur(email, "VALIDATED", true);
        Cookie premiere = sessionFo(connecter("", email, MDP));
        Cookie seconde = sessionFo(connecter("", email, MDP));

        assertThat(sessions("FO:" + id)).isEqualTo(1);
        mvc.perform(get("/mon-compte").cookie(premiere)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/mon-compte").cookie(seconde)).andExpect(status().isOk());
    }

    @Test
    void laConnexionRameneALaPageDemandee() throws Exception {
        String email = email("retour");
        organisateur(email, "VALIDATED", true);
        MvcResult anonyme = mvc.perform(get("/mon-compte")).andExpect(redirectedUrl("/connexion")).andReturn();

        MvcResult r = connecter("", email, MDP, sessionFo(anonyme));

        assertThat(r.getResponse().getRedirectedUrl()).contains("/mon-compte");
    }

    @Test
    void lesStatutsNonValidesSontRefusesAvecUnMessageClair() throws Exception {
        for (String statut : new String[] {"NEED_EMAIL_VALIDATION", "NEED_SIRET_VALIDATION"}) {
            String email = email("attente");
            organisateur(email, statut, true);
            MvcResult r = connecter("", email, MDP);
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            assertThat(r.getResponse().getContentAsString()).contains("Votre compte n’est pas encore validé");
            assertThat(sessionFo(r)).isNull();
        }
        String bloque = email("bloque");
        organisateur(bloque, "BLOCKED", true);
        assertThat(connecter("", bloque, MDP).getResponse().getContentAsString()).contains("Votre compte est bloqué");
        String temporaire = email("temporaire");
        organisateur(temporaire, "TEMPORARY_BLOCKED", true);
        assertThat(connecter("", temporaire, MDP).getResponse().getContentAsString()).contains(
                "Votre compte est temporairement bloqué. Veuillez réinitialiser votre mot de passe pour le réactiver.");
        // a wrong password on a blocked account reveals nothing
        assertThat(connecter("", temporaire, "mauvais-mot-de-passe").getResponse().getContentAsString())
                .contains(GENERIQUE).doesNotContain("temporairement");
    }

    @Test
    void unAgentNonActiveOuDesactiveNeSeConnectePas() throws Exception {
        String nonActive = email("non-active");
        agent(nonActive, "75", false, false, true);
        assertThat(connecter("/bo", nonActive, MDP).getResponse().getContentAsString()).contains(GENERIQUE);
        String desactive = email("desactive");
        agent(desactive, "75", true, true, true);
        MvcResult r = connecter("/bo", desactive, MDP);
        assertThat(r.getResponse().getContentAsString()).contains("Votre compte est désactivé");
        assertThat(sessionBo(r)).isNull();
    }

    @Test
    void unAgentNePeutPasSeConnecterAuPortailOrganisateur() throws Exception {
        String email = email("mauvais-portail");
        agent(email, "FRA", true, false, true);
        assertThat(connecter("", email, MDP).getResponse().getContentAsString()).contains(GENERIQUE);
    }

    @Test
    void mauvaisMotDePasseEtCourrielInconnuDonnentLeMemeMessage() throws Exception {
        String email = email("generique");
        organisateur(email, "VALIDATED", true);
        String mauvais = connecter("", email, "pas-le-bon-mot-de-passe").getResponse().getContentAsString();
        String inconnu = connecter("", email("inconnu"), MDP).getResponse().getContentAsString();
        assertThat(mauvais).contains(GENERIQUE);
        assertThat(inconnu).contains(GENERIQUE);
    }

    @Test
    void cinqEchecsBloquentLaConnexionQuinzeMinutesMemeAvecLeBonMotDePasse() throws Exception {
        horloge.regler(Instant.now());
        String email = email("verrou");
        long id = organisateur(email, "VALIDATED", true);
        for (int i = 1; i <= 4; i++) {
            assertThat(connecter("", email, "faux-" + i).getResponse().getContentAsString()).contains(GENERIQUE);
        }
        assertThat(connecter("", email, "faux-5").getResponse().getContentAsString()).contains(VERROUILLE);
        MvcResult bonMaisBloque = connecter("", email, MDP);
        assertThat(bonMaisBloque.getResponse().getContentAsString()).contains(VERROUILLE);
        assertThat(sessionFo(bonMaisBloque)).isNull();

        horloge.avancer(Duration.ofMinutes(14));
        assertThat(connecter("", email, MDP).getResponse().getContentAsString()).contains(VERROUILLE);
        horloge.avancer(Duration.ofMinutes(2));
        assertThat(connecter("", email, MDP).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from tentative_connexion where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from journal_audit where type = 'VERROUILLAGE_CONNEXION' and acteur = :a")
                .param("a", "FO " + email).query(Integer.class).single() == 1);
        assertThat(id).isPositive();
    }

    @Test
    void unCourrielInconnuEstAussiBloqueApresCinqEchecs() throws Exception {
        horloge.regler(Instant.now());
        String email = email("fantome");
        for (int i = 1; i <= 5; i++) {
            connecter("/bo", email, "faux-" + i);
        }
        assertThat(connecter("/bo", email, "faux-6").getResponse().getContentAsString()).contains(VERROUILLE);
        horloge.avancer(Duration.ofMinutes(16));
        assertThat(connecter("/bo", email, "faux-7").getResponse().getContentAsString()).contains(GENERIQUE);
    }

    @Test
    void unUtilisateurSansCguEstRenvoyeVersLesCguDepuisToutePage() throws Exception {
        String email = email("cgu");
        long id = organisateur(email, "VALIDATED", false);
        MvcResult r = connecter("", email, MDP);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/cgu/acceptation");
        Cookie session = sessionFo(r);

        mvc.perform(get("/mon-compte").cookie(session)).andExpect(redirectedUrl("/cgu/acceptation"));
        mvc.perform(get("/cgu/acceptation").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("J’ai lu et j’accepte les CGU")));
        mvc.perform(post("/cgu/acceptation").with(csrf()).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cochez la case")));
        mvc.perform(post("/cgu/acceptation").with(csrf()).cookie(session).param("accepte", "true"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/mon-compte").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("select cgu_acceptees_le is not null from organisateur where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void unAgentSansCguEstAussiArreteAuxCgu() throws Exception {
        String email = email("cgu-bo");
        agent(email, "FRA", true, false, false, "Compte");
        MvcResult r = connecter("/bo", email, MDP);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo/cgu/acceptation");
        Cookie session = sessionBo(r);
        mvc.perform(get("/bo/mon-compte").cookie(session)).andExpect(redirectedUrl("/bo/cgu/acceptation"));
        mvc.perform(post("/bo/cgu/acceptation").with(csrf()).cookie(session).param("accepte", "true"))
                .andExpect(redirectedUrl("/bo"));
        mvc.perform(get("/bo/mon-compte").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void laPageDeConnexionAnnonceLaDeconnexionEtLExpiration() throws Exception {
        mvc.perform(get("/connexion").param("deconnexion", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous êtes déconnecté")));
        mvc.perform(get("/bo/connexion").param("session", "expiree")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre session a expiré")))
                .andExpect(content().string(containsString("Portail VAO Administration")));
    }

    @Test
    void laDeconnexionFermeLaSession() throws Exception {
        String email = email("deconnexion");
        organisateur(email, "VALIDATED", true);
        Cookie session = sessionFo(connecter("", email, MDP));
        mvc.perform(post("/deconnexion").with(csrf()).cookie(session)).andExpect(redirectedUrl("/connexion?deconnexion"));
        mvc.perform(get("/mon-compte").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void lesSaisiesHostilesDonnentUnePageEnFrancaisEtJamaisUne500() throws Exception {
        mvc.perform(post("/connexion").with(csrf()).param("email", "a".repeat(300) + "@x.fr").param("motDePasse", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("255 caractères au plus")));
        mvc.perform(post("/connexion").with(csrf()).param("email", "<script>alert(1)</script>@x.fr")
                .param("motDePasse", "<b>x</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(GENERIQUE)))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(post("/bo/connexion").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez votre adresse courriel.")));
        mvc.perform(post("/bo/connexion").with(csrf()).param("email", "x@y.fr").param("motDePasse", "m".repeat(5000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("128 caractères au plus")));
        mvc.perform(get("/connexion/code")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(post("/connexion/code").with(csrf()).param("code", "<x>")).andExpect(redirectedUrl("/connexion"));
    }
}
