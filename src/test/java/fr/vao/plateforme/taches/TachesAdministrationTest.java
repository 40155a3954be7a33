package fr.vao.plateforme.taches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.TestIntegration;

/** Job runs are recorded with their counts and report, and listed to national agents only. */
class TachesAdministrationTest extends TestIntegration {

    @Autowired
    ExecutionsTaches executions;

    @Test
    void uneExecutionReussieEtUneExecutionEnEchecSontEnregistreesEtListees() throws Exception {
        String tache = "ESSAI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        RapportTache succes = executions.executer(tache, r -> {
            r.traite();
            r.traite();
            r.courriel();
            r.note("Deux dossiers traités");
        });
        assertThat(succes.traites()).isEqualTo(2);
        executions.executer(tache, r -> {
            r.traite();
            throw new IllegalStateException("Base indisponible");
        });

        List<Map<String, Object>> lignes = jdbc.sql("select * from execution_tache where tache = :t order by id")
                .param("t", tache).query().listOfRows();
        assertThat(lignes).hasSize(2);
        assertThat(lignes.get(0)).containsEntry("resultat", "SUCCES").containsEntry("traites", 2)
                .containsEntry("courriels", 1).containsEntry("erreurs", 0);
        assertThat(lignes.get(0).get("fin")).isNotNull();
        assertThat((String) lignes.get(0).get("rapport")).contains("Deux dossiers traités");
        assertThat(lignes.get(1)).containsEntry("resultat", "ECHEC").containsEntry("traites", 1)
                .containsEntry("erreurs", 1);
        assertThat((String) lignes.get(1).get("rapport")).contains("IllegalStateException : Base indisponible");

        mvc.perform(get("/bo/administration/taches").param("tache", tache).with(authentication(agent("NAT"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 exécutions")))
                .andExpect(content().string(containsString(">Succès</p>")))
                .andExpect(content().string(containsString(">Échec</p>")))
                .andExpect(content().string(containsString("IllegalStateException : Base indisponible")))
                .andExpect(content().string(containsString("Deux dossiers traités")))
                .andExpect(content().string(containsString("<summary>Voir le compte rendu</summary>")));
        mvc.perform(get("/bo/administration/taches").param("tache", "AUTRE_" + tache)
                .with(authentication(agent("NAT"))))
                .andExpect(content().string(containsString("Aucune exécution")))
                .andExpect(content().string(not(containsString("Base indisponible"))));
    }

    @Test
    void seulsLesAgentsNationauxVoientLesTaches() throws Exception {
        mvc.perform(get("/bo/administration/taches").with(authentication(agent("REG")))).andExpect(status().isForbidden());
        mvc.perform(get("/bo/administration/taches").with(authentication(agent("DEP")))).andExpect(status().isForbidden());
        mvc.perform(get("/bo/administration/taches")).andExpect(redirectedUrl("/bo/connexion"));
    }

    static UsernamePasswordAuthenticationToken agent(String niveau) {
        UtilisateurConnecte agent = new UtilisateurConnecte(Portail.BO, 900_003, "agent-" + niveau.toLowerCase()
                + "@test-taches.fr", "Agent", "Test", Set.of(), "NAT".equals(niveau) ? "FRA" : "IDF", niveau);
        return UsernamePasswordAuthenticationToken.authenticated(agent, null,
                List.of(new SimpleGrantedAuthority("ROLE_AGENT"), new SimpleGrantedAuthority("NIVEAU_" + niveau)));
    }
}
