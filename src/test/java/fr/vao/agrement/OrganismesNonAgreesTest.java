package fr.vao.agrement;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The back office's "Informations" page (spec §2.14, ADR 0022): every agent reads the organismes non agréés, filters,
 * sorts and downloads them; only national agents add, change and delete rows (403 otherwise), with field errors,
 * an optimistic lock and an audit entry for each change.
 */
class OrganismesNonAgreesTest extends TestIntegration {

    private static long sequence = System.nanoTime() % 1_000_000 + 3_000_000;

    private static UtilisateurConnecte agent(String territoire, String niveau, String... roles) {
        return Connectes.agent(++sequence, territoire, niveau, roles);
    }

    private static UtilisateurConnecte national() {
        return agent("FRA", "NAT", "Compte");
    }

    /** A valid SIRET (Luhn) of the SIREN range 92…, not in the seed, different at each call. */
    static String siret() {
        String base = "92" + String.format("%011d", ++sequence);
        for (int d = 0; d < 10; d++) {
            String s = base + d;
            if (fr.vao.agrement.web.FormulaireNonAgree.siretValide(s)) {
                return s;
            }
        }
        throw new IllegalStateException();
    }

    private MvcResult poster(UtilisateurConnecte u, String chemin, Map<String, String> champs) throws Exception {
        MockHttpServletRequestBuilder r = post(chemin).with(csrf()).with(en(u));
        champs.forEach(r::param);
        return mvc.perform(r).andReturn();
    }

    private String page(UtilisateurConnecte u, String chemin) throws Exception {
        return mvc.perform(get(chemin).with(en(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Long id(String siret) {
        return jdbc.sql("select id from organisme_non_agree where siret = :s").param("s", siret).query(Long.class)
                .optional().orElse(null);
    }

    private static Map<String, String> champs(String siret, String nom, String region, String nature, String date) {
        return Map.of("siret", siret, "nom", nom, "regionDelivrance", region, "natureDecision", nature,
                "dateDecision", date);
    }

    private boolean audite(String type, UtilisateurConnecte acteur, long id, String details)
            throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (jdbc.sql("select count(*) from journal_audit where type = :t and acteur = :a and cible = :c "
                    + "and details like :d").param("t", type).param("a", "BO:" + acteur.id() + " " + acteur.email())
                    .param("c", "ORGANISME_NON_AGREE:" + id).param("d", "%" + details + "%").query(Integer.class)
                    .single() > 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void toutAgentLitLaListeFiltreeTrieeEtSonCsv() throws Exception {
        assertThat(jdbc.sql("select count(*) from organisme_non_agree where modifie_par like 'Reprise initiale%'")
                .query(Integer.class).single()).as("the seed").isEqualTo(18);
        UtilisateurConnecte ddets = agent("75", "DEP", "Compte");
        String liste = page(ddets, "/bo/informations");
        assertThat(liste).contains("Organismes non agréés", "href=\"/bo/informations\"")
                .doesNotContain("Ajouter un organisme non agréé", "/suppression");

        String corse = page(ddets, "/bo/informations?region=COR");
        assertThat(corse).contains("1 organisme non agréé", "ASSOCIATION VENT DU SUD", "91554710300019",
                "Agrément expiré sans demande de renouvellement", "18/05/2021").doesNotContain("AZUR LOISIRS");
        assertThat(page(ddets, "/bo/informations?nom=azur")).contains("AZUR LOISIRS ADAPTÉS")
                .doesNotContain("VENT DU SUD");
        assertThat(page(ddets, "/bo/informations?siret=9155471")).contains("VENT DU SUD");
        String liquidations = page(ddets, "/bo/informations?nature=LIQUIDATION_JUDICIAIRE&region=PACA");
        assertThat(liquidations).contains("AZUR LOISIRS ADAPTÉS").doesNotContain("CAP SUR LES VACANCES");

        MvcResult r = mvc.perform(get("/bo/informations/organismes-non-agrees.csv").param("region", "PACA")
                .param("tri", "date").param("ordre", "asc").with(en(ddets))).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("text/csv");
        List<String> lignes = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines()
                .toList();
        assertThat(lignes).containsExactly("\uFEFFsiret;nom;region_delivrance;nature_decision;date_decision",
                "91538485300015;AZUR LOISIRS ADAPTÉS;Provence-Alpes-Côte d'Azur;Liquidation judiciaire;25/01/2024",
                "91661913300017;CAP SUR LES VACANCES;Provence-Alpes-Côte d'Azur;Suspension;19/02/2024");
        List<String> inverse = new String(mvc.perform(get("/bo/informations/organismes-non-agrees.csv")
                .param("region", "PACA").param("tri", "date").param("ordre", "desc").with(en(ddets))).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(inverse.get(1)).startsWith("91661913300017;");
    }

    @Test
    void seulUnAgentNationalModifieLaListe() throws Exception {
        String siret = siret();
        Map<String, String> ligne = champs(siret, "ESSAI DROITS " + siret, "IDF", "RETRAIT", "2024-03-01");
        for (UtilisateurConnecte u : List.of(agent("75", "DEP", "DemandeSejour_Ecriture", "Compte"),
                agent("IDF", "REG", "DemandeSejour_Ecriture", "Compte"))) {
            assertThat(mvc.perform(get("/bo/informations/nouveau").with(en(u))).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
            assertThat(poster(u, "/bo/informations/nouveau", ligne).getResponse().getStatus()).isEqualTo(403);
            assertThat(id(siret)).isNull();
        }
        UtilisateurConnecte national = national();
        assertThat(page(national, "/bo/informations")).contains("Ajouter un organisme non agréé");
        assertThat(poster(national, "/bo/informations/nouveau", ligne).getResponse().getRedirectedUrl())
                .isEqualTo("/bo/informations");
        Long id = id(siret);
        assertThat(id).isNotNull();
        assertThat(audite("ORGANISME_NON_AGREE_AJOUTE", national, id, "après : SIRET " + siret)).isTrue();

        UtilisateurConnecte ddets = agent("75", "DEP", "Compte");
        assertThat(mvc.perform(get("/bo/informations/" + id + "/modifier").with(en(ddets))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        Map<String, String> changee = new java.util.HashMap<>(champs(siret, "ESSAI DROITS " + siret, "IDF",
                "SUSPENSION", "2024-03-01"));
        changee.put("version", "0");
        assertThat(poster(ddets, "/bo/informations/" + id + "/modifier", changee).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(poster(ddets, "/bo/informations/" + id + "/suppression", Map.of("version", "0")).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select nature_decision from organisme_non_agree where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("RETRAIT");

        // the national agent changes it: before and after audited; a second change on the old version is refused
        assertThat(page(national, "/bo/informations/" + id + "/modifier")).contains("value=\"" + siret + "\"",
                "<option value=\"RETRAIT\" selected=\"selected\">");
        assertThat(poster(national, "/bo/informations/" + id + "/modifier", changee).getResponse()
                .getRedirectedUrl()).isEqualTo("/bo/informations");
        assertThat(audite("ORGANISME_NON_AGREE_MODIFIE", national, id,
                "avant : SIRET " + siret + ", nom « ESSAI DROITS " + siret + " », région IDF, nature RETRAIT")).isTrue();
        assertThat(audite("ORGANISME_NON_AGREE_MODIFIE", national, id, "après : SIRET " + siret
                + ", nom « ESSAI DROITS " + siret + " », région IDF, nature SUSPENSION")).isTrue();
        MvcResult perime = poster(national, "/bo/informations/" + id + "/modifier", changee);
        assertThat(perime.getResponse().getStatus()).isEqualTo(409);
        assertThat(perime.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Cette ligne a été modifiée entre-temps par un autre agent");

        // deleted (after the list's confirmation) on its current version
        assertThat(page(national, "/bo/informations?siret=" + siret)).contains("data-confirmation=\"Supprimer ESSAI DROITS");
        assertThat(poster(national, "/bo/informations/" + id + "/suppression", Map.of("version", "0")).getFlashMap()
                .get("erreur")).isEqualTo("agrement.non-agree.erreur.conflit");
        assertThat(id(siret)).isNotNull();
        poster(national, "/bo/informations/" + id + "/suppression", Map.of("version", "1"));
        assertThat(id(siret)).isNull();
        assertThat(audite("ORGANISME_NON_AGREE_SUPPRIME", national, id, "avant : SIRET " + siret)).isTrue();
    }

    @Test
    void lesErreursDeSaisieSontAuxChampsEnFrancais() throws Exception {
        UtilisateurConnecte national = national();
        MvcResult r = poster(national, "/bo/informations/nouveau", champs("12345678901234", " ", "XX", "AUTRE",
                "2999-01-01"));
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"siret-erreur\"", "Saisissez un SIRET valide de 14 chiffres.",
                "id=\"nom-erreur\"", "Saisissez le nom de l’organisme.", "id=\"regionDelivrance-erreur\"",
                "Sélectionnez la région qui avait délivré l’agrément.", "id=\"natureDecision-erreur\"",
                "Sélectionnez la nature de la décision.", "id=\"dateDecision-erreur\"",
                "La date de la décision ne peut pas être dans le futur.");
        assertThat(id("12345678901234")).isNull();

        // a SIRET already listed
        MvcResult doublon = poster(national, "/bo/informations/nouveau", champs("91554710300019", "DOUBLON", "COR",
                "RETRAIT", "2024-01-01"));
        assertThat(doublon.getResponse().getStatus()).isEqualTo(409);
        assertThat(doublon.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"siret-erreur\"",
                "Ce SIRET est déjà dans la liste des organismes non agréés");
    }
}
