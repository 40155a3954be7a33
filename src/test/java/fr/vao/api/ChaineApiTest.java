package fr.vao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.support.TestIntegration;

/** The API's chain: no token, a forged, expired or foreign-key token, a deactivated account; a valid token. */
class ChaineApiTest extends TestIntegration {

    @Autowired
    JetonsApi jetons;

    @Test
    void sansJetonLaSanteRepondEtLeResteEst401() throws Exception {
        mvc.perform(get("/api/v1/health")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/inconnu")).andExpect(status().isUnauthorized());
    }

    @Test
    void unJetonValideAuthentifieEtUnCompteDesactiveNePlus() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String jeton = jetons.emettre(o.membre().id(), Duration.ofDays(30));
        // authenticated: the unknown route is a 404, not a 401
        mvc.perform(get("/api/v1/inconnu").header("Authorization", "Bearer " + jeton))
                .andExpect(status().isNotFound());
        jdbc.sql("update organisateur set statut = 'BLOCKED' where id = :id").param("id", o.membre().id()).update();
        mvc.perform(get("/api/v1/inconnu").header("Authorization", "Bearer " + jeton))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unJetonExpireFalsifieOuSigneParUneAutreCleEstRefuse() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        Instant maintenant = Instant.now();
        String expire = jetons.signer(o.membre().id(), UUID.randomUUID(), maintenant.minusSeconds(7200),
                maintenant.minusSeconds(3600));
        mvc.perform(get("/api/v1/inconnu").header("Authorization", "Bearer " + expire))
                .andExpect(status().isUnauthorized());

        String valide = jetons.emettre(o.membre().id(), Duration.ofDays(1));
        String[] parties = valide.split("\\.");
        String autreSujet = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parties[1]))
                        .replace("\"sub\":\"" + o.membre().id() + "\"", "\"sub\":\"1\"").getBytes());
        assertThat(autreSujet).isNotEqualTo(parties[1]);
        mvc.perform(get("/api/v1/inconnu")
                .header("Authorization", "Bearer " + parties[0] + "." + autreSujet + "." + parties[2]))
                .andExpect(status().isUnauthorized());

        JetonsApi etranger = new JetonsApi(new ClesApi("", "", true), java.time.Clock.systemUTC());
        mvc.perform(get("/api/v1/inconnu")
                .header("Authorization", "Bearer " + etranger.emettre(o.membre().id(), Duration.ofDays(1))))
                .andExpect(status().isUnauthorized());
    }
}
