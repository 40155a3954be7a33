package fr.vao.compte.connexion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import fr.vao.compte.agent.GestionAgents;
import fr.vao.support.Connectes;
import fr.vao.support.Prometheus;

/**
 * The ProConnect login (ADR 0035) end to end against a WireMock OIDC provider: authorize redirect, token endpoint
 * answering an RS256 ID token that echoes the nonce, JWKS, userinfo answering a signed {@code application/jwt}.
 */
class ProConnectTest extends SupportConnexion {

    private static final String CLIENT_ID = "vao-test";
    private static final RSAKey CLE = cle("proconnect-test");
    /** Same kid, other key: what a forged token looks like. */
    private static final RSAKey AUTRE_CLE = cle("proconnect-test");

    @Autowired
    GestionAgents gestion;

    private static RSAKey cle(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String emetteur() {
        return API.baseUrl() + "/proconnect";
    }

    @BeforeEach
    void secondFacteur() throws Exception {
        jdbc.sql("update fonctionnalite set active = true where code = 'AUTH_2FA'").update();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void sansSecondFacteur() {
        jdbc.sql("update fonctionnalite set active = false where code = 'AUTH_2FA'").update();
    }

    /** The start of the login: the redirect to ProConnect, and the BO session that holds the state. */
    private record Depart(UriComponents autorisation, Cookie session) {
        /** A query parameter, decoded. */
        String parametre(String nom) {
            return UriUtils.decode(autorisation.getQueryParams().getFirst(nom), StandardCharsets.UTF_8);
        }
    }

    private Depart partir() throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get("/bo/oauth2/authorization/proconnect"))
                .andExpect(status().isFound()).andReturn();
        Cookie session = sessionBo(r);
        assertThat(session).isNotNull();
        assertThat(session.getPath()).isEqualTo("/bo");
        return new Depart(UriComponentsBuilder.fromUriString(r.getResponse().getRedirectedUrl()).build(true), session);
    }

    private static String signer(RSAKey cle, JWTClaimsSet contenu, JOSEObjectType type) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(cle.getKeyID()).type(type)
                .build(), contenu);
        jwt.sign(new RSASSASigner(cle));
        return jwt.serialize();
    }

    /** The provider's answers for this login: ID token (signed with {@code cleIdToken}), JWKS and userinfo. */
    private String fournisseur(Depart depart, String sub, String email, RSAKey cleIdToken) throws Exception {
        Instant maintenant = Instant.now();
        String idToken = signer(cleIdToken, new JWTClaimsSet.Builder().issuer(emetteur()).subject(sub)
                .audience(CLIENT_ID).issueTime(Date.from(maintenant)).expirationTime(Date.from(maintenant.plusSeconds(60)))
                .claim("nonce", depart.parametre("nonce")).claim("idp_id", "fia1v2").claim("acr", "eidas1").build(),
                null);
        String acces = "acces-" + UUID.randomUUID();
        API.stubFor(post("/proconnect/token").withRequestBody(containing("code=code-proconnect"))
                .willReturn(okJson(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(
                        "access_token", acces, "token_type", "Bearer", "expires_in", 60, "id_token", idToken,
                        "scope", "openid email given_name usual_name")))));
        API.stubFor(get("/proconnect/jwks").willReturn(okJson(new JWKSet(CLE.toPublicJWK()).toString())));
        API.stubFor(get("/proconnect/userinfo").withHeader("Authorization", equalTo("Bearer " + acces))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/jwt; charset=utf-8")
                        .withBody(signer(CLE, new JWTClaimsSet.Builder().issuer(emetteur()).subject(sub)
                                .audience(CLIENT_ID).issueTime(Date.from(maintenant)).claim("email", email)
                                .claim("given_name", "Bruno").claim("usual_name", "Martin")
                                .claim("siret", "13001653800014").build(), null))));
        return idToken;
    }

    private MvcResult revenir(Depart depart) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/bo/login/oauth2/code/proconnect")
                .param("code", "code-proconnect").param("state", depart.parametre("state")).cookie(depart.session()))
                .andReturn();
    }

    /** A whole ProConnect login of {@code email}; returns the callback's answer. */
    private MvcResult seConnecter(String email) throws Exception {
        Depart depart = partir();
        fournisseur(depart, "sub-" + UUID.randomUUID(), email, CLE);
        return revenir(depart);
    }

    /** The audit journal is written after the commit, by a listener: waits for the login's entry. */
    private boolean auditConnexionProConnect(String acteur) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (jdbc.sql("""
                    select count(*) from journal_audit where type = 'CONNEXION' and acteur = :a and details = 'ProConnect'
                    """).param("a", acteur).query(Integer.class).single() > 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void leBoutonProConnectEstSurLaConnexionDuBackOfficeSeulement() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/bo/connexion")).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/bo/oauth2/authorization/proconnect\"")))
                .andExpect(content().string(containsString("class=\"fr-connect fr-connect--pro\"")))
                .andExpect(content().string(containsString("Qu’est-ce que ProConnect ?")));
        mvc.perform(MockMvcRequestBuilders.get("/bo/oauth2/authorization/autre")).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/connexion").param("proconnect", "erreur")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("ProConnect"))));
    }

    @Test
    void laRedirectionVersProConnectPorteStateEtNonceSansPkce() throws Exception {
        Depart depart = partir();

        UriComponents a = depart.autorisation();
        assertThat(a.toUriString()).startsWith(emetteur() + "/authorize?");
        assertThat(a.getQueryParams().toSingleValueMap()).containsEntry("response_type", "code")
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", "http://localhost/bo/login/oauth2/code/proconnect")
                .containsEntry("scope", "openid%20email%20given_name%20usual_name")
                .doesNotContainKeys("code_challenge", "code_challenge_method");
        assertThat(depart.parametre("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(depart.parametre("nonce")).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void unAgentConnecteParProConnectAtteintLeBackOfficeSansSecondFacteur() throws Exception {
        String email = email("pc-ok");
        long id = agent(email, "IDF", true, false, true, "Compte");

        // ProConnect gives the e-mail in another case: e-mails are compared lower-cased
        MvcResult r = seConnecter(email.toUpperCase(java.util.Locale.ROOT));

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo");
        Cookie session = sessionBo(r);
        mvc.perform(MockMvcRequestBuilders.get("/bo/mon-compte").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        assertThat(sessions("BO:" + id)).isEqualTo(1);
        // AUTH_2FA is on, yet no code was sent: ProConnect did the second factor
        assertThat(courrielsEnFile(email)).isZero();
        assertThat(courriels(email)).isEmpty();
        assertThat(jdbc.sql("select derniere_connexion_le is not null from agent where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(auditConnexionProConnect("BO:" + id + " " + email)).isTrue();
        API.verify(postRequestedFor(urlPathEqualTo("/proconnect/token"))
                .withRequestBody(containing("client_id=" + CLIENT_ID))
                .withRequestBody(containing("client_secret=secret-de-test")));
        API.verify(getRequestedFor(urlPathEqualTo("/proconnect/userinfo"))
                .withHeader("Accept", containing("application/jwt")));
        // the login and logout forms end at ProConnect: the CSP allows it
        mvc.perform(MockMvcRequestBuilders.get("/bo/connexion"))
                .andExpect(header().string("Content-Security-Policy", containsString("form-action 'self' "
                        + API.baseUrl() + ";")));
    }

    @Test
    void laDeconnexionFermeAussiLaSessionProConnect() throws Exception {
        String email = email("pc-fin");
        long id = agent(email, "IDF", true, false, true);
        Depart depart = partir();
        String idToken = fournisseur(depart, "sub-fin", email, CLE);
        Cookie session = sessionBo(revenir(depart));

        MvcResult fin = mvc.perform(MockMvcRequestBuilders.post("/bo/deconnexion").with(csrf()).cookie(session))
                .andExpect(status().isFound()).andReturn();

        UriComponents u = UriComponentsBuilder.fromUriString(fin.getResponse().getRedirectedUrl()).build(true);
        assertThat(u.toUriString()).startsWith(emetteur() + "/session/end?");
        assertThat(u.getQueryParams().getFirst("id_token_hint")).isEqualTo(idToken);
        assertThat(u.getQueryParams().getFirst("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(UriUtils.decode(u.getQueryParams().getFirst("post_logout_redirect_uri"), StandardCharsets.UTF_8)).isEqualTo("http://localhost/bo/connexion?deconnexion");
        assertThat(sessions("BO:" + id)).isZero();
        // a password session logs out as before
        Cookie motDePasse = sessionBo(connecter("/bo", email, MDP));
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("update fonctionnalite set active = false where code = 'AUTH_2FA'").update();
        motDePasse = sessionBo(connecter("/bo", email, MDP));
        mvc.perform(MockMvcRequestBuilders.post("/bo/deconnexion").with(csrf()).cookie(motDePasse))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/bo/connexion?deconnexion"));
    }

    @Test
    void lesCguPassentAvantLeBackOffice() throws Exception {
        String email = email("pc-cgu");
        agent(email, "IDF", true, false, false);

        MvcResult r = seConnecter(email);

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo/cgu/acceptation");
        Cookie session = sessionBo(r);
        mvc.perform(MockMvcRequestBuilders.get("/bo/cgu/acceptation").cookie(session)).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/bo/mon-compte").cookie(session))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void uneAdresseInconnueOuUnCompteNonActiveOuDesactiveEstRefuseSansCreerDeCompte() throws Exception {
        String inconnu = email("pc-inconnu");
        int agents = jdbc.sql("select count(*) from agent").query(Integer.class).single();
        double refus = Prometheus.valeur(mvc, "vao_connexions_total", "portail", "BO", "resultat", "inconnu");

        MvcResult r = seConnecter(inconnu);

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo/connexion?proconnect=INCONNU");
        assertThat(Prometheus.valeur(mvc, "vao_connexions_total", "portail", "BO", "resultat", "inconnu"))
                .isEqualTo(refus + 1);
        assertThat(jdbc.sql("select count(*) from agent").query(Integer.class).single()).isEqualTo(agents);
        // the provider's authentication did not become a session
        Cookie apres = sessionBo(r);
        if (apres != null) {
            mvc.perform(MockMvcRequestBuilders.get("/bo").cookie(apres)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(MockMvcRequestBuilders.get("/bo/connexion").param("proconnect", "INCONNU"))
                .andExpect(content().string(containsString("Aucun compte agent VAO ne correspond")));

        String nonActive = email("pc-non-active");
        agent(nonActive, "IDF", false, false, true);
        assertThat(seConnecter(nonActive).getResponse().getRedirectedUrl())
                .isEqualTo("/bo/connexion?proconnect=NON_VALIDE");

        String desactive = email("pc-desactive");
        long id = agent(desactive, "IDF", true, true, true);
        assertThat(seConnecter(desactive).getResponse().getRedirectedUrl())
                .isEqualTo("/bo/connexion?proconnect=DESACTIVE");
        assertThat(sessions("BO:" + id)).isZero();
    }

    @Test
    void unIdTokenFalsifieUnStateInconnuOuUneErreurDuFournisseurSontRefuses() throws Exception {
        String email = email("pc-faux");
        long id = agent(email, "IDF", true, false, true);

        Depart depart = partir();
        fournisseur(depart, "sub-faux", email, AUTRE_CLE);
        MvcResult falsifie = revenir(depart);
        assertThat(falsifie.getResponse().getRedirectedUrl()).isEqualTo("/bo/connexion?proconnect=erreur");

        Depart autre = partir();
        fournisseur(autre, "sub-faux", email, CLE);
        MvcResult etatInconnu = mvc.perform(MockMvcRequestBuilders.get("/bo/login/oauth2/code/proconnect")
                .param("code", "code-proconnect").param("state", "x".repeat(44)).cookie(autre.session())).andReturn();
        assertThat(etatInconnu.getResponse().getRedirectedUrl()).isEqualTo("/bo/connexion?proconnect=erreur");

        Depart annule = partir();
        MvcResult erreur = mvc.perform(MockMvcRequestBuilders.get("/bo/login/oauth2/code/proconnect")
                .param("error", "access_denied").param("state", annule.parametre("state")).cookie(annule.session()))
                .andReturn();
        assertThat(erreur.getResponse().getRedirectedUrl()).isEqualTo("/bo/connexion?proconnect=erreur");

        assertThat(sessions("BO:" + id)).isZero();
        mvc.perform(MockMvcRequestBuilders.get("/bo/connexion").param("proconnect", "erreur"))
                .andExpect(content().string(containsString("La connexion avec ProConnect n’a pas abouti")));
    }

    @Test
    void unAgentDesactiveperdToutesSesSessionsEtNePeutRevenirParProConnect() throws Exception {
        long admin = agent(email("pc-admin"), "FRA", true, false, true, "Compte", "Desactivation");
        String parMotDePasse = email("pc-mdp");
        long idMotDePasse = agent(parMotDePasse, "IDF", true, false, true);
        String parProConnect = email("pc-pc");
        long idProConnect = agent(parProConnect, "IDF", true, false, true);
        jdbc.sql("update fonctionnalite set active = false where code = 'AUTH_2FA'").update();
        Cookie sessionMotDePasse = sessionBo(connecter("/bo", parMotDePasse, MDP));
        Cookie sessionProConnect = sessionBo(seConnecter(parProConnect));
        for (Cookie c : new Cookie[] {sessionMotDePasse, sessionProConnect}) {
            mvc.perform(MockMvcRequestBuilders.get("/bo/mon-compte").cookie(c)).andExpect(status().isOk());
        }

        var administrateur = Connectes.agent(admin, "FRA", "NAT", "Compte", "Desactivation");
        for (long id : new long[] {idMotDePasse, idProConnect}) {
            int version = jdbc.sql("select version from agent where id = :id").param("id", id)
                    .query(Integer.class).single();
            gestion.desactiver(administrateur, id, version, "127.0.0.1");
        }

        // the very next request of each is sent to the login page
        for (Cookie c : new Cookie[] {sessionMotDePasse, sessionProConnect}) {
            MvcResult r = mvc.perform(MockMvcRequestBuilders.get("/bo/mon-compte").cookie(c))
                    .andExpect(status().isFound()).andReturn();
            assertThat(r.getResponse().getRedirectedUrl()).startsWith("/bo/connexion");
        }
        assertThat(sessions("BO:" + idMotDePasse)).isZero();
        assertThat(sessions("BO:" + idProConnect)).isZero();
        assertThat(seConnecter(parProConnect).getResponse().getRedirectedUrl())
                .isEqualTo("/bo/connexion?proconnect=DESACTIVE");
        assertThat(sessions("BO:" + idProConnect)).isZero();
    }
}
