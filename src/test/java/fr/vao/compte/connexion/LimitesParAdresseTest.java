package fr.vao.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.vao.plateforme.limite.LimiteParAdresse.Action;
import fr.vao.plateforme.limite.ProprietesLimites;

/**
 * Per-address limits of the public forms (ADR 0036): beyond the limit, 429 with Retry-After and the French page, and
 * the handler does not run (no password checked, no mail queued, no account created); another address is still
 * served, and the same one again after the window. The suite's loopback is exempted: these requests come from
 * documentation addresses (2001:db8::/32), a new one per test.
 */
class LimitesParAdresseTest extends SupportConnexion {

    /** 10 h in Paris: the page says "à partir de 10 h <window's minutes>". */
    private static final Instant DEBUT = Instant.parse("2026-12-02T09:00:00Z");

    @Autowired
    ProprietesLimites proprietes;

    private String adresse;
    private String autre;

    @BeforeEach
    void adresses() {
        adresse = adresseAuHasard();
        autre = adresseAuHasard();
        horloge.regler(DEBUT);
    }

    private static String adresseAuHasard() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::%x", r.nextInt(65536), r.nextInt(65536), r.nextInt(1, 65536));
    }

    private static RequestPostProcessor depuis(String adresse) {
        return requete -> {
            requete.setRemoteAddr(adresse);
            return requete;
        };
    }

    private ResultActions envoyer(MockHttpServletRequestBuilder requete, String depuis) throws Exception {
        return mvc.perform(requete.with(csrf()).with(depuis(depuis)));
    }

    /** Uses up the action's allowance from {@link #adresse} with requests that are not themselves refused. */
    private void epuiser(Action action, MockHttpServletRequestBuilder requete) throws Exception {
        for (int i = 0; i < proprietes.de(action).maximum(); i++) {
            int statut = envoyer(requete, adresse).andReturn().getResponse().getStatus();
            assertThat(statut).as("requête %d", i + 1).isNotEqualTo(429);
        }
    }

    private void refusee(ResultActions reponse, Duration fenetre) throws Exception {
        reponse.andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", String.valueOf(fenetre.toSeconds())))
                .andExpect(content().string(containsString("Trop de tentatives")))
                .andExpect(content().string(containsString("rien n’a été enregistré ni envoyé")))
                .andExpect(content().string(containsString(
                        "Vous pourrez réessayer dans " + fenetre.toMinutes() + " minutes, à partir de 10 h "
                                + fenetre.toMinutes())));
    }

    private static MockHttpServletRequestBuilder connexion(String email, String motDePasse) {
        return post("/connexion").param("email", email).param("motDePasse", motDePasse);
    }

    @Test
    void auDelaDeLaLimiteLaConnexionEstRefuseeSansVerifierLeMotDePasse() throws Exception {
        String email = email("limite-connexion");
        long id = organisateur(email, "VALIDATED", true);
        Duration fenetre = proprietes.de(Action.CONNEXION).fenetre();
        assertThat(fenetre).isEqualTo(Duration.ofMinutes(10));
        // empty forms: refused by validation, but counted
        epuiser(Action.CONNEXION, connexion("", ""));

        refusee(envoyer(connexion(email, MDP), adresse), fenetre);
        assertThat(sessions("FO:" + id)).isZero();
        // the back office's login counts against the same limit
        refusee(envoyer(post("/bo/connexion").param("email", email).param("motDePasse", MDP), adresse), fenetre);

        envoyer(connexion(email, MDP), autre).andExpect(redirectedUrl("/"));
        assertThat(sessions("FO:" + id)).isEqualTo(1);

        horloge.avancer(fenetre);
        envoyer(connexion(email, MDP), adresse).andExpect(redirectedUrl("/"));
    }

    @Test
    void auDelaDeLaLimiteLInscriptionNeCreeAucunCompte() throws Exception {
        String email = email("limite-inscription");
        epuiser(Action.INSCRIPTION, post("/connexion/enregistrement").param("email", "pas une adresse"));

        envoyer(post("/connexion/enregistrement").param("email", email).param("motDePasse", "une phrase assez longue 42")
                .param("confirmation", "une phrase assez longue 42").param("nom", "Durand").param("prenom", "Élodie")
                .param("telephone", "0612345678").param("siret", "73282932000074"), adresse)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "3600"))
                .andExpect(content().string(containsString("Vous pourrez réessayer dans 60 minutes")));
        assertThat(jdbc.sql("select count(*) from organisateur where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
        assertThat(courrielsEnFile(email)).isZero();

        envoyer(post("/connexion/enregistrement").param("email", "pas une adresse"), autre)
                .andExpect(status().isOk());
        horloge.avancer(Duration.ofHours(1));
        envoyer(post("/connexion/enregistrement").param("email", "pas une adresse"), adresse)
                .andExpect(status().isOk());
    }

    @Test
    void auDelaDeLaLimiteLeMotDePasseOublieNEnvoieRienSurAucunPortail() throws Exception {
        String email = email("limite-oubli");
        organisateur(email, "VALIDATED", true);
        Duration fenetre = proprietes.de(Action.MOT_DE_PASSE).fenetre();
        epuiser(Action.MOT_DE_PASSE, post("/mot-de-passe-oublie").param("email", email("inconnu")));

        refusee(envoyer(post("/mot-de-passe-oublie").param("email", email), adresse), fenetre);
        refusee(envoyer(post("/bo/mot-de-passe-oublie").param("email", email), adresse), fenetre);
        assertThat(courrielsEnFile(email)).isZero();

        envoyer(post("/mot-de-passe-oublie").param("email", email), autre)
                .andExpect(redirectedUrl("/mot-de-passe-oublie"));
        assertThat(courrielsEnFile(email)).isEqualTo(1);

        horloge.avancer(fenetre);
        envoyer(post("/mot-de-passe-oublie").param("email", email), adresse)
                .andExpect(redirectedUrl("/mot-de-passe-oublie"));
        assertThat(courrielsEnFile(email)).isEqualTo(2);
    }

    @Test
    void auDelaDeLaLimiteLeRenvoiDuLienNEnvoieRien() throws Exception {
        String email = email("limite-renvoi");
        organisateur(email, "NEED_EMAIL_VALIDATION", false);
        Duration fenetre = proprietes.de(Action.RENVOI).fenetre();
        // the renewal of an agent's activation link and of the e-mail validation link share the limit
        for (int i = 0; i < proprietes.de(Action.RENVOI).maximum(); i++) {
            envoyer(post(i % 2 == 0 ? "/connexion/validation/renvoi" : "/bo/activation/expire")
                    .param("email", email("inconnu")), adresse).andExpect(status().is3xxRedirection());
        }

        refusee(envoyer(post("/connexion/validation/renvoi").param("email", email), adresse), fenetre);
        refusee(envoyer(post("/connexion/code/renvoi"), adresse), fenetre);
        assertThat(courrielsEnFile(email)).isZero();

        envoyer(post("/connexion/validation/renvoi").param("email", email), autre)
                .andExpect(redirectedUrl("/connexion/validation/renvoi"));
        assertThat(courrielsEnFile(email)).isEqualTo(1);

        horloge.avancer(fenetre);
        envoyer(post("/connexion/validation/renvoi").param("email", email), adresse)
                .andExpect(redirectedUrl("/connexion/validation/renvoi"));
        assertThat(courrielsEnFile(email)).isEqualTo(2);
    }

    @Test
    void unFormulairePublicSansLimiteDeclareeCompteContreLaLimiteGenerale() throws Exception {
        // the e-mail validation link's confirmation has no @LimiteParAdresse: it is limited all the same
        epuiser(Action.FORMULAIRE, post("/connexion/validation").param("jeton", "inconnu"));
        envoyer(post("/connexion/validation").param("jeton", "inconnu"), adresse)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"));
        envoyer(post("/connexion/validation").param("jeton", "inconnu"), autre).andExpect(status().isOk());
    }

    @Test
    void lesAdressesIpv6DUnMemeReseauEn64PartagentLeurLimite() throws Exception {
        String reseau = adresse.substring(0, adresse.lastIndexOf("::"));
        epuiser(Action.RENVOI, post("/connexion/validation/renvoi").param("email", email("inconnu")));
        // the same subscriber's next address is refused, a neighbouring /64 is served
        envoyer(post("/connexion/validation/renvoi").param("email", email("inconnu")), reseau + ":1:2:3:4")
                .andExpect(status().isTooManyRequests());
        envoyer(post("/connexion/validation/renvoi").param("email", email("inconnu")), autre)
                .andExpect(redirectedUrl("/connexion/validation/renvoi"));
        assertThat(jdbc.sql("select compte from limite_debit where cle = :cle")
                .param("cle", "adresse:renvoi:" + reseau + "::/64").query(Integer.class).single())
                .isEqualTo(proprietes.de(Action.RENVOI).maximum() + 1);
    }

    @Test
    void uneAdresseExempteeNEstJamaisLimitee() throws Exception {
        // application-test.properties exempts the loopback, where the rest of the suite comes from
        assertThat(proprietes.exemptees()).contains("127.0.0.1");
        for (int i = 0; i <= proprietes.de(Action.RENVOI).maximum(); i++) {
            envoyer(post("/connexion/validation/renvoi").param("email", email("inconnu")), "127.0.0.1")
                    .andExpect(redirectedUrl("/connexion/validation/renvoi"));
        }
        assertThat(jdbc.sql("select count(*) from limite_debit where cle like 'adresse:%:127.0.0.1'")
                .query(Integer.class).single()).isZero();
    }
}
