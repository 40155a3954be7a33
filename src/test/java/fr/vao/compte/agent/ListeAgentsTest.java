package fr.vao.compte.agent;

import static fr.vao.compte.agent.FixturesAgents.agent;
import static fr.vao.compte.agent.FixturesAgents.inserer;
import static fr.vao.compte.agent.FixturesAgents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vao.support.TestIntegration;

class ListeAgentsTest extends TestIntegration {

    private String nom;

    @BeforeEach
    void agentsDePlusieursTerritoires() {
        nom = unique();
        for (String t : new String[] {"FRA", "IDF", "75", "92", "AURA", "69"}) {
            inserer(jdbc, "liste-" + t.toLowerCase() + "-" + nom.toLowerCase() + "@vao.test", nom, t, "eig",
                    "DemandeSejour_Lecture");
        }
    }

    private String page(FixturesAgents.Connecte qui) throws Exception {
        return mvc.perform(get("/bo/agents").param("nom", nom).with(qui.requete()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void unAdministrateurNationalVoitTousLesAgents() throws Exception {
        String html = page(agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig"));
        for (String t : new String[] {"fra", "idf", "75", "92", "aura", "69"}) {
            assertThat(html).contains("liste-" + t + "-" + nom.toLowerCase());
        }
        assertThat(html).contains("6 agents").contains("aria-sort=\"ascending\"");
    }

    @Test
    void unAdministrateurRegionalVoitSaRegionEtSesDepartementsSeulement() throws Exception {
        String html = page(agent(jdbc, "reg", "IDF", "REG", "Compte", "eig"));
        assertThat(html).contains("liste-idf-", "liste-75-", "liste-92-").contains("3 agents")
                .doesNotContain("liste-fra-" + nom.toLowerCase(), "liste-aura-" + nom.toLowerCase(),
                        "liste-69-" + nom.toLowerCase());
    }

    @Test
    void unAdministrateurDepartementalNeVoitQueSonDepartement() throws Exception {
        String html = page(agent(jdbc, "dep", "75", "DEP", "Compte", "eig"));
        assertThat(html).contains("liste-75-" + nom.toLowerCase()).contains("1 agent")
                .doesNotContain("liste-idf-" + nom.toLowerCase(), "liste-92-" + nom.toLowerCase());
    }

    @Test
    void unFiltreDeTerritoireHorsPerimetreNeMontreRien() throws Exception {
        var reg = agent(jdbc, "reg", "IDF", "REG", "Compte", "eig");
        // AURA is ignored (outside the perimeter): the list stays within IDF
        mvc.perform(get("/bo/agents").param("nom", nom).param("territoire", "AURA").with(reg.requete()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("liste-aura-" + nom.toLowerCase()))));
        mvc.perform(get("/bo/agents").param("nom", nom).param("territoire", "75").with(reg.requete()))
                .andExpect(content().string(containsString("1 agent")))
                .andExpect(content().string(containsString("liste-75-" + nom.toLowerCase())));
    }

    @Test
    void lesFiltresActionsAFaireEtInactifFonctionnent() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig");
        jdbc.sql("update agent set active_le = null where email = :e")
                .param("e", "liste-idf-" + nom.toLowerCase() + "@vao.test").update();
        jdbc.sql("update agent set desactive = true where email = :e")
                .param("e", "liste-aura-" + nom.toLowerCase() + "@vao.test").update();
        mvc.perform(get("/bo/agents").param("nom", nom).param("aFaire", "oui").with(nat.requete()))
                .andExpect(content().string(containsString("1 agent")))
                .andExpect(content().string(containsString("liste-idf-" + nom.toLowerCase())));
        mvc.perform(get("/bo/agents").param("nom", nom).param("statut", "inactif").with(nat.requete()))
                .andExpect(content().string(containsString("1 agent")))
                .andExpect(content().string(containsString("liste-aura-" + nom.toLowerCase())));
    }

    @Test
    void leTriEtLaPaginationGardentLesFiltres() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig");
        String nom2 = unique();
        for (int i = 0; i < 25; i++) {
            inserer(jdbc, "page" + i + "-" + nom2.toLowerCase() + "@vao.test", nom2, "IDF", "eig");
        }
        String html = mvc.perform(get("/bo/agents").param("nom", nom2).param("tri", "email").param("ordre", "desc")
                .param("page", "2").with(nat.requete())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("25 agents").contains("fr-pagination").contains("aria-sort=\"descending\"")
                .contains("page=1").contains("nom=" + nom2);
        // page 2 of 20/page, e-mails descending: page0, page1, page10..page14? only the 5 smallest remain
        assertThat(html).contains("page0-").doesNotContain("page9-");
    }

    @Test
    void unFiltreHostileOuTropLongNeCausePasDErreur() throws Exception {
        var nat = agent(jdbc, "nat", "FRA", "NAT", "Compte", "eig");
        mvc.perform(get("/bo/agents").param("nom", "%_\\'; drop table agent; --" + "x".repeat(5000))
                .param("page", "abc").param("tri", "id; delete").param("territoire", "<script>").with(nat.requete()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Aucun agent")));
    }

    @Test
    void sansLeRoleCompteLaListeEtLExportSontRefuses() throws Exception {
        var lecteur = agent(jdbc, "lect", "FRA", "NAT", "DemandeSejour_Lecture", "eig");
        mvc.perform(get("/bo/agents").with(lecteur.requete())).andExpect(status().isForbidden());
        mvc.perform(get("/bo/agents.csv").with(lecteur.requete())).andExpect(status().isForbidden());
        mvc.perform(get("/bo/agents/nouveau").with(lecteur.requete())).andExpect(status().isForbidden());
    }

    @Test
    void lExportCsvSuitLesFiltresEtLePerimetre() throws Exception {
        var reg = agent(jdbc, "reg", "IDF", "REG", "Compte", "eig");
        jdbc.sql("update agent set active_le = null, desactive = true where email = :e")
                .param("e", "liste-75-" + nom.toLowerCase() + "@vao.test").update();
        jdbc.sql("insert into agent_role (agent_id, role) select id, 'Controle' from agent where email = :e")
                .param("e", "liste-idf-" + nom.toLowerCase() + "@vao.test").update();
        byte[] octets = mvc.perform(get("/bo/agents.csv").param("nom", nom).with(reg.requete()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("agents.csv")))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(octets[0]).isEqualTo((byte) 0xEF);
        assertThat(octets[1]).isEqualTo((byte) 0xBB);
        assertThat(octets[2]).isEqualTo((byte) 0xBF);
        String csv = new String(octets, 3, octets.length - 3, StandardCharsets.UTF_8);
        String[] lignes = csv.split("\r\n");
        assertThat(lignes[0]).isEqualTo("Nom;Prenom;Courriel;Compétence;Région;Département;Compte validé;Compte actif;Contrôle");
        assertThat(lignes).hasSize(4);
        assertThat(csv).contains(nom + ";Test;liste-idf-" + nom.toLowerCase() + "@vao.test;Régional;Île-de-France;;Oui;Oui;Oui")
                .contains(nom + ";Test;liste-75-" + nom.toLowerCase() + "@vao.test;Départemental;Île-de-France;Paris;Non;Non;Non")
                .doesNotContain("liste-aura-");
    }
}
