package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.Pagination;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * "Hébergements liés à des séjours" (issue 4 point 7): the hébergements of the agent's départements used by
 * non-draft déclarations, with their count and next stay (cancelled ones left out), filtered, sorted, with its CSV.
 */
class HebergementsLiesTest extends TestIntegration {

    private static long sequence = System.nanoTime() % 1_000_000 + 3_000_000;

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    @SuppressWarnings("unchecked")
    private List<HebergementsLies.Ligne> lignes(UtilisateurConnecte agent, String nom, String... tri)
            throws Exception {
        var r = get("/bo/hebergements/lies-aux-sejours").param("nom", nom).with(en(agent));
        if (tri.length > 0) {
            r.param("tri", tri[0]).param("ordre", tri[1]);
        }
        MvcResult res = mvc.perform(r).andExpect(status().isOk()).andReturn();
        return (List<HebergementsLies.Ligne>) res.getModelAndView().getModel().get("lignes");
    }

    @Test
    void lesHebergementsDuTerritoireUtilisesParDesDeclarations() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String nom = "Lilas " + o.siret();
        jdbc.sql("update hebergement set nom = :nom where hebergement_id = :id").param("nom", nom)
                .param("id", o.paris()).update();
        long annulee = parcours.transmise(o, debut.plusDays(10), debut.plusDays(17));
        jdbc.sql("update declaration_sejour set statut = 'ANNULEE' where id = :id").param("id", annulee).update();
        parcours.transmise(o, debut.plusDays(20), debut.plusDays(27));
        long brouillon = parcours.creer(o, debut, debut.plusDays(7));
        parcours.completer(o, brouillon, debut, debut.plusDays(7));

        UtilisateurConnecte ddets = Connectes.agent(++sequence, "75", "DEP", "DemandeSejour_Lecture");
        List<HebergementsLies.Ligne> l = lignes(ddets, nom);
        assertThat(l).hasSize(1);
        assertThat(l.get(0).hebergementId()).isEqualTo(o.paris());
        assertThat(l.get(0).declarations()).as("drafts left out, cancelled counted").isEqualTo(2);
        assertThat(l.get(0).prochainSejour()).as("the cancelled stay is not the next one")
                .isEqualTo(debut.plusDays(20));
        assertThat(l.get(0).consultable()).isTrue();
        assertThat(lignes(Connectes.agent(++sequence, "IDF", "REG", "DemandeSejour_Lecture"), nom)).hasSize(1);
        assertThat(lignes(Connectes.agent(++sequence, "FRA", "NAT", "DemandeSejour_Lecture"), nom)).hasSize(1);
        assertThat(lignes(Connectes.agent(++sequence, "69", "DEP", "DemandeSejour_Ecriture"), nom)).isEmpty();
        mvc.perform(get("/bo/hebergements/lies-aux-sejours").with(en(Connectes.agent(++sequence, "75", "DEP",
                "Compte")))).andExpect(status().isForbidden());

        // filters, every sort, the page and its CSV
        assertThat(lignes(ddets, nom.toLowerCase())).hasSize(1);
        for (String tri : HebergementsLies.TRIS.keySet()) {
            assertThat(lignes(ddets, nom, tri, "desc")).hasSize(1);
        }
        MvcResult page = mvc.perform(get("/bo/hebergements/lies-aux-sejours").param("departement", "75")
                .with(en(ddets))).andExpect(status().isOk()).andReturn();
        assertThat(((Pagination) page.getModelAndView().getModel().get("pagination")).total()).isPositive();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Liés à des séjours").contains("aria-current=\"page\"")
                .contains("href=\"/bo/hebergements/lies-aux-sejours.csv?departement=75\"");
        assertThat(((Pagination) mvc.perform(get("/bo/hebergements/lies-aux-sejours").param("departement", "92")
                .param("nom", nom).with(en(ddets))).andReturn().getModelAndView().getModel().get("pagination"))
                .total()).isZero();

        String csv = new String(mvc.perform(get("/bo/hebergements/lies-aux-sejours.csv").param("nom", nom)
                .with(en(ddets))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFNom de l'hébergement;Département;Adresse;Nombre de déclarations;Prochain séjour",
                nom + ";75;Maison des Lilas 75019;2;" + debut.plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // the tab from the list of all hébergements
        assertThat(mvc.perform(get("/bo/hebergements").with(en(ddets))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/bo/hebergements/lies-aux-sejours\"");
    }
}
