package fr.vao.api;

import static fr.vao.api.AppelsApi.bearer;
import static fr.vao.api.AppelsApi.depuis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.support.TestIntegration;

/**
 * The API's chain: no token, an expired, tampered, foreign-signed, unknown or revoked token, a deactivated account,
 * each refused with a 401 problem+json and {@code WWW-Authenticate: Bearer}; a valid token.
 */
class ChaineApiTest extends TestIntegration {

    @Autowired
    JetonsApi jetons;

    @Autowired
    JetonsEnregistres enregistres;

    @Test
    void sansJetonLaSanteRepondEtLeResteEst401() throws Exception {
        mvc.perform(get("/api/v1/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ok"));
        mvc.perform(get("/api/v1/inconnu"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"vao-api\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Authorization: Bearer")));
    }

    @Test
    void unJetonValideAuthentifieEtUnCompteDesactiveNePlus() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String jeton = jetons.emettre(o.membre().id(), Duration.ofDays(30));
        String adresse = AppelsApi.nouvelleAdresse();
        // authenticated: the unknown route is a 404 problem, not a 401
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ressource introuvable"));
        jdbc.sql("update organisateur set statut = 'BLOCKED' where id = :id").param("id", o.membre().id()).update();
        refuse(mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse))));
    }

    @Test
    void unJetonExpireFalsifieOuSigneParUneAutreCleEstRefuse() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        JetonEmis valide = jetons.emettre(o.membre().id(), "Essai", Duration.ofDays(1));
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide.jeton())).with(depuis(AppelsApi.nouvelleAdresse())))
                .andExpect(status().isNotFound());

        // stored, but its time has passed (the clock moves past the expiry)
        horloge.regler(valide.expireLe().plusSeconds(1));
        refuse(mvc.perform(get("/api/v1/inconnu").with(bearer(valide.jeton()))
                .with(depuis(AppelsApi.nouvelleAdresse()))));
        horloge.reinitialiser();

        String[] parties = valide.jeton().split("\\.");
        String autreSujet = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parties[1]))
                        .replace("\"sub\":\"" + o.membre().id() + "\"", "\"sub\":\"1\"").getBytes());
        assertThat(autreSujet).isNotEqualTo(parties[1]);
        refuse(mvc.perform(get("/api/v1/inconnu").with(bearer(parties[0] + "." + autreSujet + "." + parties[2]))
                .with(depuis(AppelsApi.nouvelleAdresse()))));

        // the same stored jti and claims, signed by a key that is not ours
        Instant maintenant = Instant.now();
        JetonsApi etranger = new JetonsApi(new ClesApi("", "", true), Clock.systemUTC(), null);
        refuse(mvc.perform(get("/api/v1/inconnu")
                .with(bearer(etranger.signer(o.membre().id(), valide.jti(), maintenant, maintenant.plusSeconds(60))))
                .with(depuis(AppelsApi.nouvelleAdresse()))));

        refuse(mvc.perform(get("/api/v1/inconnu").with(bearer("pas-un-jwt"))
                .with(depuis(AppelsApi.nouvelleAdresse()))));
    }

    @Test
    void unJetonBienSigneMaisInconnuOuRevoqueEstRefuse() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        Instant maintenant = Instant.now();
        // signed by our key but never stored (not created in "Mon compte")
        refuse(mvc.perform(get("/api/v1/inconnu")
                .with(bearer(jetons.signer(o.membre().id(), UUID.randomUUID(), maintenant, maintenant.plusSeconds(600))))
                .with(depuis(AppelsApi.nouvelleAdresse()))));

        JetonEmis emis = jetons.emettre(o.membre().id(), "Essai", Duration.ofDays(1));
        String adresse = AppelsApi.nouvelleAdresse();
        mvc.perform(get("/api/v1/inconnu").with(bearer(emis.jeton())).with(depuis(adresse)))
                .andExpect(status().isNotFound());
        assertThat(enregistres.revoquer(o.membre().id(), emis.jti(), "test")).isTrue();
        refuse(mvc.perform(get("/api/v1/inconnu").with(bearer(emis.jeton())).with(depuis(adresse))));

        // another organiser's jti under this organiser's subject
        var autre = OrganismesAgrement.nouveau(jdbc, null);
        JetonEmis sien = jetons.emettre(autre.membre().id(), "Autre", Duration.ofDays(1));
        refuse(mvc.perform(get("/api/v1/inconnu")
                .with(bearer(jetons.signer(o.membre().id(), sien.jti(), maintenant, maintenant.plusSeconds(600))))
                .with(depuis(AppelsApi.nouvelleAdresse()))));
    }

    private static void refuse(ResultActions reponse) throws Exception {
        reponse.andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer ")))
                .andExpect(header().string("WWW-Authenticate",
                        org.hamcrest.Matchers.containsString("error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("révoqué")));
    }
}
