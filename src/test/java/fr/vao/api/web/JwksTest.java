package fr.vao.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.api.JetonsApi;
import fr.vao.support.TestIntegration;

/** The JWKS endpoint: public, public keys only, and they verify the tokens VAO issues. */
class JwksTest extends TestIntegration {

    @Autowired
    JetonsApi jetons;

    @Test
    void lesClesPubliquesVerifientUnJetonEmis() throws Exception {
        String corps = mvc.perform(get("/api/v1/.well-known/jwks.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JWKSet jeu = JWKSet.parse(corps);
        assertThat(jeu.getKeys()).isNotEmpty().allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(corps).doesNotContain("\"d\"").doesNotContain("\"p\"");

        var o = OrganismesAgrement.nouveau(jdbc, null);
        SignedJWT jeton = SignedJWT.parse(jetons.emettre(o.membre().id(), Duration.ofDays(1)));
        RSAKey cle = (RSAKey) jeu.getKeyByKeyId(jeton.getHeader().getKeyID());
        assertThat(cle).as("la clé du kid du jeton est publiée").isNotNull();
        assertThat(jeton.verify(new RSASSAVerifier(cle))).isTrue();
        assertThat(jeton.getJWTClaimsSet().getIssuer()).isEqualTo(JetonsApi.EMETTEUR);
        assertThat(jeton.getJWTClaimsSet().getAudience()).containsExactly(JetonsApi.AUDIENCE);
    }
}
