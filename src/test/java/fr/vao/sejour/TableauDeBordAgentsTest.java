package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.Pagination;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The agents' dashboard cards of the back-office home page (spec §2.8.9): each group of statuses counted over the
 * agent's territory, linking to the list filtered on those statuses; nothing for an agent without a DemandeSejour
 * role. The shared database holds other classes' déclarations: the counts are compared before and after.
 */
class TableauDeBordAgentsTest extends TestIntegration {

    private static long sequence = System.nanoTime() % 1_000_000 + 2_000_000;

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    private Map<String, Long> cartes(UtilisateurConnecte agent) throws Exception {
        MvcResult r = mvc.perform(get("/bo").with(en(agent))).andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        List<Compteurs.Compteur> cartes = (List<Compteurs.Compteur>) r.getModelAndView().getModel()
                .get("cartesDeclarations");
        if (cartes == null) {
            return null;
        }
        Map<String, Long> m = new LinkedHashMap<>();
        cartes.forEach(c -> m.put(c.cle().substring("sejour.compteur.bo.".length()), c.nombre()));
        return m;
    }

    private long transmise(OrganismesAgrees.Organisme o, int decalage, String statut) throws Exception {
        long id = parcours.transmise(o, debut.plusDays(decalage), debut.plusDays(decalage + 7));
        jdbc.sql("update declaration_sejour set statut = :s where id = :id").param("s", statut).param("id", id)
                .update();
        return id;
    }

    @Test
    void lesCartesComptentLeTerritoireDeLAgentEtMenentALaListeFiltree() throws Exception {
        UtilisateurConnecte ddets = Connectes.agent(++sequence, "75", "DEP", "DemandeSejour_Lecture");
        UtilisateurConnecte lyon = Connectes.agent(++sequence, "69", "DEP", "DemandeSejour_Ecriture");
        UtilisateurConnecte national = Connectes.agent(++sequence, "FRA", "NAT", "DemandeSejour_Lecture");
        Map<String, Long> avant = cartes(ddets);
        Map<String, Long> avantLyon = cartes(lyon);
        Map<String, Long> avantNational = cartes(national);
        assertThat(avant.keySet()).containsExactly("recues", "huit-jours", "attente-8j", "finalisees", "terminees",
                "non-finalisees");

        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        parcours.creer(o, debut, debut.plusDays(7));
        transmise(o, 0, "TRANSMISE");
        transmise(o, 10, "EN COURS");
        transmise(o, 20, "TRANSMISE 8J");
        transmise(o, 30, "EN ATTENTE DECLARATION 8 JOURS");
        transmise(o, 40, "VALIDEE 8J");
        transmise(o, 50, "TERMINEE");
        transmise(o, 60, "REFUSEE");
        transmise(o, 70, "ANNULEE");

        Map<String, Long> apres = cartes(ddets);
        Map<String, Long> attendu = Map.of("recues", 2L, "huit-jours", 1L, "attente-8j", 1L, "finalisees", 1L,
                "terminees", 1L, "non-finalisees", 2L);
        attendu.forEach((cle, delta) -> assertThat(apres.get(cle) - avant.get(cle)).as(cle).isEqualTo(delta));
        Map<String, Long> apresNational = cartes(national);
        attendu.forEach((cle, delta) -> assertThat(apresNational.get(cle) - avantNational.get(cle)).as(cle)
                .isEqualTo(delta));
        assertThat(cartes(lyon)).as("another département sees none of them").isEqualTo(avantLyon);
        assertThat(cartes(Connectes.agent(++sequence, "75", "DEP", "Compte"))).as("no DemandeSejour role").isNull();

        String html = mvc.perform(get("/bo").with(en(ddets))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Déclarations reçues à traiter")
                .contains("href=\"/bo/sejours?statut=TRANSMISE&amp;statut=EN_COURS\"")
                .contains("href=\"/bo/sejours?statut=ANNULEE&amp;statut=ABANDONNEE&amp;statut=REFUSEE&amp;statut=REFUSEE_8J\"");

        // the card's link: the list (and its CSV) filtered on several statuses
        String nom = "SEJOURS ADAPTES " + o.siret();
        MvcResult liste = mvc.perform(get("/bo/sejours").param("statut", "TRANSMISE", "EN_COURS")
                .param("organisme", nom).with(en(ddets))).andExpect(status().isOk()).andReturn();
        assertThat(((Pagination) liste.getModelAndView().getModel().get("pagination")).total()).isEqualTo(2);
        assertThat(liste.getResponse().getContentAsString())
                .contains("<option value=\"TRANSMISE\" selected=\"selected\">")
                .contains("<option value=\"EN_COURS\" selected=\"selected\">");
        assertThat(((Pagination) mvc.perform(get("/bo/sejours").param("statut", "ANNULEE", "ABANDONNEE", "REFUSEE",
                "REFUSEE_8J").param("organisme", nom).with(en(ddets))).andReturn().getModelAndView().getModel()
                .get("pagination")).total()).isEqualTo(2);
        assertThat(((Pagination) mvc.perform(get("/bo/sejours").param("statut", "TERMINEE").param("organisme", nom)
                .with(en(ddets))).andReturn().getModelAndView().getModel().get("pagination")).total()).isEqualTo(1);
        String csv = new String(mvc.perform(get("/bo/sejours/export.csv").param("statut", "TRANSMISE", "EN_COURS")
                .param("organisme", nom).with(en(ddets))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(3);
    }
}
