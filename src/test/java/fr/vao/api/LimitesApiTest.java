package fr.vao.api;

import static fr.vao.api.AppelsApi.bearer;
import static fr.vao.api.AppelsApi.depuis;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.support.TestIntegration;

/** The API's rate limits, on the clock: calls per minute per token; an address that sent 5 invalid tokens. */
class LimitesApiTest extends TestIntegration {

    @Autowired
    JetonsApi jetons;

    @Autowired
    ProprietesApi proprietes;

    @Test
    void auDelaDeLaLimiteParMinuteUnJetonRecoit429JusquALaMinuteSuivante() throws Exception {
        horloge.regler(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String jeton = jetons.emettre(o.membre().id(), Duration.ofDays(1));
        String autre = jetons.emettre(o.membre().id(), Duration.ofDays(1));
        String adresse = AppelsApi.nouvelleAdresse();
        for (int i = 0; i < proprietes.limiteParMinute(); i++) {
            mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse)))
                    .andExpect(status().isNotFound());
        }
        horloge.avancer(Duration.ofSeconds(20));
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "40"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Trop de requêtes"))
                .andExpect(jsonPath("$.reessayerDans").value(40));
        // per token: the organiser's other token is not limited
        mvc.perform(get("/api/v1/inconnu").with(bearer(autre)).with(depuis(adresse)))
                .andExpect(status().isNotFound());
        horloge.avancer(Duration.ofSeconds(39));
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse)))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"));
        horloge.avancer(Duration.ofSeconds(1));
        mvc.perform(get("/api/v1/inconnu").with(bearer(jeton)).with(depuis(adresse)))
                .andExpect(status().isNotFound());
    }

    @Test
    void uneAdresseQuiEnvoieCinqJetonsInvalidesEstRefuseeUneHeureAvantMemeLaLectureDuJeton() throws Exception {
        horloge.regler(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String valide = jetons.emettre(o.membre().id(), Duration.ofDays(2));
        String adresse = AppelsApi.nouvelleAdresse();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/inconnu").with(bearer("invalide-" + i)).with(depuis(adresse)))
                    .andExpect(status().isUnauthorized());
        }
        // no token is not an invalid token
        mvc.perform(get("/api/v1/inconnu").with(depuis(adresse))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide)).with(depuis(adresse)))
                .andExpect(status().isNotFound());
        horloge.avancer(Duration.ofMinutes(10));
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide + "x")).with(depuis(adresse)))
                .andExpect(status().isUnauthorized());

        // the fifth: from now on, even a valid token from this address is refused for an hour
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide)).with(depuis(adresse)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "3600"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("jetons invalides")));
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide)).with(depuis(AppelsApi.nouvelleAdresse())))
                .andExpect(status().isNotFound());
        horloge.avancer(Duration.ofMinutes(59));
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide)).with(depuis(adresse)))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60"));
        horloge.avancer(Duration.ofMinutes(1));
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide)).with(depuis(adresse)))
                .andExpect(status().isNotFound());
    }

    @Test
    void lesAdressesIpv6DUnMemeReseauSlash64PartagentLeCompteurDesJetonsInvalides() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String valide = jetons.emettre(o.membre().id(), Duration.ofDays(2));
        String reseau = "2001:db8:77:" + Integer.toHexString(AppelsApi.nouvelleAdresse().hashCode() & 0xffff) + ":";
        // a client changing its address at each call within its /64 (as a subscriber may)
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/inconnu").with(bearer("invalide-" + i)).with(depuis(reseau + ":" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide)).with(depuis(reseau + ":99")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/inconnu").with(bearer(valide)).with(depuis("2001:db8:78::1")))
                .andExpect(status().isNotFound());
    }
}
