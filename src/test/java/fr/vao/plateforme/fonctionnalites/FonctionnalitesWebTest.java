package fr.vao.plateforme.fonctionnalites;

import static fr.vao.compte.agent.FixturesAgents.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.TestIntegration;

class FonctionnalitesWebTest extends TestIntegration {

    private static final String CODE = Fonctionnalites.RENOUVELLEMENT_AGREMENT;

    @Autowired
    Fonctionnalites fonctionnalites;

    @AfterEach
    void remettreEnEtat() {
        jdbc.sql("update fonctionnalite set active = false, date_debut = null, date_fin = null where code = :c")
                .param("c", CODE).update();
    }

    private int version() {
        return jdbc.sql("select version from fonctionnalite where code = :c").param("c", CODE).query(Integer.class)
                .single();
    }

    @Test
    void seulsLesAgentsNationauxAccedentALaPage() throws Exception {
        var reg = agent(jdbc, "reg", "IDF", "REG", "Compte", "Desactivation", "eig");
        var nat = agent(jdbc, "nat", "FRA", "NAT", "eig");
        mvc.perform(get("/bo/administration/fonctionnalites").with(reg.requete())).andExpect(status().isForbidden());
        mvc.perform(get("/bo/administration/fonctionnalites/" + CODE).with(reg.requete()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bo/administration/fonctionnalites/" + CODE).with(csrf()).with(reg.requete())
                .param("active", "true").param("version", String.valueOf(version())))
                .andExpect(status().isForbidden());
        assertThat(fonctionnalites.estActive(CODE)).isFalse();
        mvc.perform(get("/bo/administration/fonctionnalites").with(nat.requete())).andExpect(status().isOk())
                .andExpect(content().string(containsString("AUTH_2FA")))
                .andExpect(content().string(containsString("fr-badge")));
        mvc.perform(get("/bo/administration/fonctionnalites/INCONNUE").with(nat.requete()))
                .andExpect(status().isNotFound());
    }

    @Test
    void unAgentNationalActiveUneFonctionnaliteEtCEstAudite() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "eig");
        mvc.perform(post("/bo/administration/fonctionnalites/" + CODE).with(csrf()).with(nat.requete())
                .param("active", "true").param("_active", "on").param("version", String.valueOf(version())))
                .andExpect(status().is3xxRedirection());
        assertThat(fonctionnalites.estActive(CODE)).isTrue();
        Instant limite = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(limite) && jdbc.sql("""
                select count(*) from journal_audit where type = 'FONCTIONNALITE_MODIFIEE' and acteur like :a""")
                .param("a", "%" + nat.email()).query(Integer.class).single() == 0) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("select details from journal_audit where type = 'FONCTIONNALITE_MODIFIEE' and acteur like :a")
                .param("a", "%" + nat.email()).query(String.class).single()).startsWith("active=false").contains("→ active=true");
        // a stale version is a conflict
        mvc.perform(post("/bo/administration/fonctionnalites/" + CODE).with(csrf()).with(nat.requete())
                .param("_active", "on").param("version", String.valueOf(version() - 1)))
                .andExpect(status().isConflict());
        assertThat(fonctionnalites.estActive(CODE)).isTrue();
    }

    @Test
    void lesDatesSontValideesEtRespecteesParEstActive() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "eig");
        String html = mvc.perform(post("/bo/administration/fonctionnalites/" + CODE).with(csrf()).with(nat.requete())
                .param("_active", "on").param("dateDebut", "2026-12-10T08:00").param("dateFin", "2026-12-01T08:00")
                .param("version", String.valueOf(version()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("La date de fin doit être postérieure à la date de début.");
        html = mvc.perform(post("/bo/administration/fonctionnalites/" + CODE).with(csrf()).with(nat.requete())
                .param("_active", "on").param("dateDebut", "demain<script>").param("dateFin", "x".repeat(200))
                .param("version", String.valueOf(version()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Saisissez une date et une heure valides");
        mvc.perform(post("/bo/administration/fonctionnalites/" + CODE).with(csrf()).with(nat.requete())
                .param("_active", "on").param("dateDebut", "2026-12-01T08:00")
                .param("version", String.valueOf(version()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ou aucune des deux")));

        mvc.perform(post("/bo/administration/fonctionnalites/" + CODE).with(csrf()).with(nat.requete())
                .param("_active", "on").param("dateDebut", "2026-12-01T08:00").param("dateFin", "2026-12-10T18:00")
                .param("version", String.valueOf(version()))).andExpect(status().is3xxRedirection());
        horloge.regler(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(fonctionnalites.estActive(CODE)).isFalse();
        horloge.regler(Instant.parse("2026-12-05T12:00:00Z"));
        assertThat(fonctionnalites.estActive(CODE)).isTrue();
        mvc.perform(get("/bo/administration/fonctionnalites").with(nat.requete()))
                .andExpect(content().string(containsString("du 01/12/2026 08:00 au 10/12/2026 18:00")));
        horloge.avancer(Duration.ofDays(6));
        assertThat(fonctionnalites.estActive(CODE)).isFalse();
    }
}
