package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The DDETS instruction (spec §1.3, §2.8.4): who sees a déclaration, who instructs it, each transition with its
 * history and mail (D5 to D7), the organiser's re-submission after complements, and two agents acting at once.
 */
class InstructionDeclarationsTest extends TestIntegration {

    @Autowired
    EnvoiCourriels envoi;

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    private static long sequence = System.nanoTime() % 1_000_000;

    private static UtilisateurConnecte agent(String territoire, String niveau, String... roles) {
        return Connectes.agent(++sequence, territoire, niveau, roles);
    }

    private MvcResult agir(UtilisateurConnecte agent, long id, String action, String... commentaire)
            throws Exception {
        Map<String, String> champs = commentaire.length == 0 ? Map.of("version", "" + parcours.version(id))
                : Map.of("version", "" + parcours.version(id), "commentaire", commentaire[0]);
        return parcours.poster(agent, "/bo/sejours/" + id + "/" + action, champs);
    }

    private List<String> sujetsPour(String email) {
        return Parcours.sujetsRecus(envoi, SMTP, email);
    }

    @Test
    void laDdetsPrendEnChargeDemandeDesComplementsPuisEnregistreLaDeclaration() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();
        UtilisateurConnecte ddets = agent("75", "DEP", "DemandeSejour_Ecriture");

        mvc.perform(get("/bo/sejours").param("numero", numero).with(en(ddets))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(numero)));
        mvc.perform(get("/bo/sejours/" + id).with(en(ddets))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Prendre en charge")));

        agir(ddets, id, "prise-en-charge");
        assertThat(parcours.statut(id)).isEqualTo("EN COURS");

        // a comment of fewer than 5 characters: refused, nothing changes, the comment typed comes back
        MvcResult court = agir(ddets, id, "complements", "abcd");
        assertThat(court.getFlashMap().get("erreur")).isEqualTo("sejour.erreur.commentaire-court");
        assertThat(court.getFlashMap().get("commentaire")).isEqualTo("abcd");
        assertThat(parcours.statut(id)).isEqualTo("EN COURS");
        agir(ddets, id, "complements", "Précisez les activités prévues");
        assertThat(parcours.statut(id)).isEqualTo("A MODIFIER");
        assertThat(sujetsPour(o.email())).contains("Portail VAO - Demande de compléments sur la déclaration " + numero);

        // the organiser completes and submits again: same numéro, "compléments" in the history and the mail
        parcours.poster(o.membre(), "/sejours/" + id + "/projet", Map.of("version", "" + parcours.version(id),
                "destinations", "mer", "activitesCulturelles", "musique"));
        parcours.transmettre(o, id);
        assertThat(parcours.statut(id)).isEqualTo("TRANSMISE");
        assertThat(jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(numero);
        assertThat(sujetsPour(o.email()))
                .contains("Portail VAO - Transmission de complément sur la déclaration de séjour VAO n°" + numero);

        agir(ddets, id, "prise-en-charge");
        agir(ddets, id, "enregistrement");
        assertThat(parcours.statut(id)).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");
        assertThat(jdbc.sql("select declaration_2m->'projet'->>'activitesCulturelles' from declaration_sejour "
                + "where id = :id").param("id", id).query(String.class).single()).as("the 2-month content frozen")
                .contains("musique");
        assertThat(sujetsPour(o.email())).contains("Portail VAO - Enregistrement de la déclaration " + numero);
        assertThat(jdbc.sql("select type from declaration_historique where declaration_id = :id order by id")
                .param("id", id).query(String.class).list()).containsExactly("creation", "depot_2m",
                        "prise_en_charge_2m", "demande_complements", "complements", "prise_en_charge_2m",
                        "enregistrement_2m");
    }

    @Test
    void unRefusEstDefinitifEtMotive() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        UtilisateurConnecte ddets = agent("75", "DEP", "DemandeSejour_Ecriture");
        assertThat(agir(ddets, id, "refus", "x").getFlashMap().get("erreur")).as("not yet in charge")
                .isEqualTo("sejour.transition.REFUSER");
        agir(ddets, id, "prise-en-charge");
        assertThat(agir(ddets, id, "refus", " ").getFlashMap().get("erreur")).isEqualTo("format.obligatoire");
        agir(ddets, id, "refus", "Hébergement inadapté");
        assertThat(parcours.statut(id)).isEqualTo("REFUSEE");
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(sujetsPour(o.email())).contains("Refus la déclaration " + numero);
        assertThat(agir(ddets, id, "enregistrement").getFlashMap().get("erreur"))
                .isEqualTo("sejour.transition.ENREGISTRER");
    }

    @Test
    void chacunVoitEtAgitSelonSonTerritoireEtSesRoles() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long brouillon = parcours.creer(o, debut, debut.plusDays(7));
        long id = parcours.transmise(o, debut, debut.plusDays(7));

        // another département: neither in the list nor by its URL, and it cannot act
        UtilisateurConnecte ddets69 = agent("69", "DEP", "DemandeSejour_Ecriture");
        mvc.perform(get("/bo/sejours/" + id).with(en(ddets69))).andExpect(status().isNotFound());
        assertThat(agir(ddets69, id, "prise-en-charge").getResponse().getStatus()).isEqualTo(404);
        // a draft is invisible to every agent, national included
        UtilisateurConnecte national = agent("FRA", "NAT", "DemandeSejour_Lecture");
        mvc.perform(get("/bo/sejours/" + brouillon).with(en(national))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/sejours/" + id).with(en(national))).andExpect(status().isOk());
        // the région of the hébergement sees it; read-only agents see no action and are refused when forcing it
        UtilisateurConnecte lecture = agent("75", "DEP", "DemandeSejour_Lecture");
        mvc.perform(get("/bo/sejours/" + id).with(en(lecture))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Prendre en charge"))));
        assertThat(agir(lecture, id, "prise-en-charge").getResponse().getStatus()).isEqualTo(403);
        mvc.perform(get("/bo/sejours/" + id).with(en(agent("IDF", "REG", "DemandeSejour_Lecture"))))
                .andExpect(status().isOk());
        // no DemandeSejour role: no access at all
        mvc.perform(get("/bo/sejours").with(en(agent("75", "DEP", "Compte")))).andExpect(status().isForbidden());
        assertThat(parcours.statut(id)).isEqualTo("TRANSMISE");
    }

    @Test
    void deuxAgentsAgissantEnMemeTempsLeSecondEstPrevenu() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        UtilisateurConnecte a = agent("75", "DEP", "DemandeSejour_Ecriture");
        UtilisateurConnecte b = agent("IDF", "REG", "DemandeSejour_Ecriture");
        String vue = "" + parcours.version(id);
        parcours.poster(a, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", vue));
        MvcResult second = parcours.poster(b, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", vue));
        assertThat(second.getFlashMap().get("erreur")).isEqualTo("sejour.refus.conflit");
        assertThat(jdbc.sql("select count(*) from declaration_historique where declaration_id = :id "
                + "and type = 'prise_en_charge_2m'").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void laListeSExporteEnCsvAvecSesFiltresEtSansCeQuiEstHorsDuTerritoire() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();
        String csv = mvc.perform(get("/bo/sejours/export.csv").param("numero", numero)
                .with(en(agent("IDF", "REG", "DemandeSejour_Lecture")))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", Matchers.containsString("declarations-sejour.csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> lignes = csv.lines().toList();
        assertThat(lignes.get(0)).isEqualTo("\uFEFFreference;libelle;date_debut;date_fin;saison;organisme;"
                + "responsable_sejour_email;responsable_sejour_telephone;statut;created_at;departement_instruction;"
                + "region_instruction");
        assertThat(lignes).hasSize(2);
        assertThat(lignes.get(1)).startsWith(numero + ";Été à la mer;" + debut + ";" + debut.plusDays(7) + ";")
                .contains(";julie@sejours.vao.test;0612345678;TRANSMISE;").endsWith(";75;IDF");
        String ailleurs = mvc.perform(get("/bo/sejours/export.csv").param("numero", numero)
                .with(en(agent("69", "DEP", "DemandeSejour_Lecture")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ailleurs.lines()).hasSize(1);
    }
}
