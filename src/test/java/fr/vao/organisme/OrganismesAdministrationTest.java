package fr.vao.organisme;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/** The agents' list of organismes: each agent sees the organismes of its perimeter only (spec §1.3, §2.14). */
class OrganismesAdministrationTest extends TestIntegration {

    private static final UtilisateurConnecte NATIONAL = Connectes.agent(7001, "FRA", "NAT");
    private static final UtilisateurConnecte DREETS_IDF = Connectes.agent(7002, "IDF", "REG");
    private static final UtilisateurConnecte DDETS_RHONE = Connectes.agent(7003, "69", "DEP");
    private static final UtilisateurConnecte DDETS_PARIS = Connectes.agent(7004, "75", "DEP");

    private long parisien;
    private long lyonnais;
    private long lyonnaisAgreeIdf;

    private long organisme(String siret, String departement, String region, String raisonSociale) {
        jdbc.sql("delete from organisme_identite where siret = :s").param("s", siret).update();
        long id = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, cree_le, modifie_le,
                                       departement, region)
                values ('PERSONNE_MORALE', :siret, :siren, true, true, now(), now(), :dep, :reg)
                on conflict (siret) where not supprime do update set departement = :dep returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).param("dep", departement)
                .param("reg", region).query(Long.class).single();
        jdbc.sql("""
                insert into organisme_identite (organisme_id, courante, siret, verifiee, raison_sociale, email,
                                                telephone, cree_le)
                values (:o, true, :siret, true, :rs, '=HYPERLINK(1)', '0102030405', now())""")
                .param("o", id).param("siret", siret).param("rs", raisonSociale).update();
        return id;
    }

    @BeforeEach
    void organismes() {
        parisien = organisme("90100000100011", "75", "IDF", "ANNUAIRE PARIS VACANCES");
        lyonnais = organisme("90100000200011", "69", "AURA", "ANNUAIRE LYON LOISIRS");
        lyonnaisAgreeIdf = organisme("90100000300011", "69", "AURA", "ANNUAIRE RHONE AGREE IDF");
        jdbc.sql("delete from agrement where organisme_id = :o").param("o", lyonnaisAgreeIdf).update();
        jdbc.sql("""
                insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention,
                                      date_fin_validite, cree_le, cree_par, modifie_le)
                values (:o, 'VALIDE', 'EXISTANT', 'AGR-ANNUAIRE', 'IDF', date '2024-02-01', date '2029-02-01', now(), 1,
                        now())""").param("o", lyonnaisAgreeIdf).update();
    }

    private String page(UtilisateurConnecte agent) throws Exception {
        return mvc.perform(get("/bo/organismes").param("nom", "annuaire").with(en(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void chaqueAgentVoitLesOrganismesDeSonPerimetre() throws Exception {
        assertThat(page(NATIONAL)).contains("ANNUAIRE PARIS VACANCES", "ANNUAIRE LYON LOISIRS",
                "ANNUAIRE RHONE AGREE IDF");
        // a DREETS: located in its région, or holding an agrément obtained there
        assertThat(page(DREETS_IDF)).contains("ANNUAIRE PARIS VACANCES", "ANNUAIRE RHONE AGREE IDF")
                .doesNotContain("ANNUAIRE LYON LOISIRS");
        assertThat(page(DDETS_RHONE)).contains("ANNUAIRE LYON LOISIRS", "ANNUAIRE RHONE AGREE IDF")
                .doesNotContain("ANNUAIRE PARIS VACANCES");

        mvc.perform(get("/bo/organismes/" + parisien).with(en(DDETS_PARIS))).andExpect(status().isOk());
        mvc.perform(get("/bo/organismes/" + parisien).with(en(DDETS_RHONE))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/organismes/" + lyonnais).with(en(DREETS_IDF))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/organismes/" + lyonnaisAgreeIdf).with(en(DREETS_IDF))).andExpect(status().isOk());
        // an organiser never reaches the back office
        mvc.perform(get("/bo/organismes").with(en(Connectes.organisateur(1, "IDF"))))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void lExportCsvSuitLesFiltresEtNeutraliseLesFormules() throws Exception {
        String csv = mvc.perform(get("/bo/organismes/export.csv").param("nom", "annuaire").param("region", "IDF")
                .with(en(NATIONAL))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lignes = csv.lines().toList();
        assertThat(lignes.get(0)).isEqualTo("\uFEFFType;Date de modification;Fiche complète;SIREN;SIRET;"
                + "Nom de l'organisme;Nom;Prénom;Région d'obtention d'agrément;Date d'obtention d'agrément;Email;"
                + "Téléphone;Nombre de déclarations total;TRANSMISE;EN COURS;A MODIFIER;REFUSEE;"
                + "EN ATTENTE DECLARATION 8 JOURS;TRANSMISE 8J;EN COURS 8J;A MODIFIER 8J;REFUSEE 8J;VALIDEE 8J;"
                + "SEJOUR EN COURS;TERMINEE;ANNULEE;ABANDONNEE");
        assertThat(lignes).hasSize(2);
        assertThat(lignes.get(1)).startsWith("Personne morale;")
                .contains(";901000003;90100000300011;ANNUAIRE RHONE AGREE IDF;;;Île-de-France;01/02/2024;"
                        + "'=HYPERLINK(1);0102030405;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0");
    }

    @Test
    void lesUtilisateursOvaSuiventLeMemePerimetreEtSExportentEnCsv() throws Exception {
        jdbc.sql("""
                insert into organisateur (email, nom, prenom, telephone, siret, siret_verifie, region_code, statut)
                values ('annuaire-lyon@vao.test', 'Annuaire', 'Lyon', '0612345678', '90100000200011', true, 'AURA',
                        'VALIDATED') on conflict (email) do nothing""").update();
        jdbc.sql("""
                insert into organisme_membre (organisateur_id, organisme_id, cree_le)
                select id, :o, now() from organisateur where email = 'annuaire-lyon@vao.test'
                on conflict do nothing""").param("o", lyonnais).update();

        String national = mvc.perform(get("/bo/utilisateurs-ova").param("email", "annuaire-lyon")
                .with(en(NATIONAL))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(national).contains("annuaire-lyon@vao.test", "ANNUAIRE LYON LOISIRS");
        assertThat(mvc.perform(get("/bo/utilisateurs-ova").param("email", "annuaire-lyon").with(en(DREETS_IDF)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("annuaire-lyon@vao.test");
        assertThat(mvc.perform(get("/bo/utilisateurs-ova").param("email", "annuaire-lyon").with(en(DDETS_RHONE)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("annuaire-lyon@vao.test");

        String csv = mvc.perform(get("/bo/utilisateurs-ova/export.csv").param("email", "annuaire-lyon")
                .with(en(NATIONAL))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lignes = csv.lines().toList();
        assertThat(lignes).hasSize(2);
        assertThat(lignes.get(0)).isEqualTo(
                "\uFEFFNom;Prenom;Courriel;Raison sociale;SIRET;Statut;Date de création;Date dernière connexion;"
                        + "Nombre de déclaration");
        assertThat(lignes.get(1))
                .startsWith("Annuaire;Lyon;annuaire-lyon@vao.test;ANNUAIRE LYON LOISIRS;90100000200011;Validé;");
    }
    private void hebergement(long organisme, String nom, String statut, boolean courante, String commune,
            String departement) {
        jdbc.sql("""
                insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, adresse_label,
                    adresse_code_insee, departement, cree_par, cree_le, modifie_par, modifie_le)
                values (gen_random_uuid(), :courante, :statut, :o, :nom, 'Adresse', :commune, :dep, 0, now(), 0,
                        now())""").param("courante", courante).param("statut", statut).param("o", organisme)
                .param("nom", nom).param("commune", commune).param("dep", departement).update();
    }

    @Test
    void laFicheDUnOrganismeListeSesHebergementsEtOuvreCeuxQueLAgentPeutVoir() throws Exception {
        jdbc.sql("delete from hebergement where organisme_id = :o").param("o", parisien).update();
        hebergement(parisien, "ANNUAIRE GITE PARIS", "actif", true, "75102", "75");
        hebergement(parisien, "ANNUAIRE CHALET LYON", "actif", true, "69381", "69");
        hebergement(parisien, "ANNUAIRE FERME FERMEE", "desactive", true, "75102", "75");
        hebergement(parisien, "ANNUAIRE BROUILLON", "brouillon", true, null, null);
        hebergement(parisien, "ANNUAIRE ANCIENNE VERSION", "actif", false, "75102", "75");
        java.util.Map<String, java.util.UUID> ids = jdbc.sql(
                "select nom, hebergement_id from hebergement where organisme_id = :o and courante")
                .param("o", parisien).query((rs, n) -> java.util.Map.entry(rs.getString(1),
                        rs.getObject(2, java.util.UUID.class))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
        String commune = jdbc.sql("select nom from commune where code = '75102'").query(String.class).single();

        String page = mvc.perform(get("/bo/organismes/" + parisien).with(en(DDETS_PARIS))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("3 hébergements de l’organisme", "ANNUAIRE GITE PARIS", "ANNUAIRE CHALET LYON",
                "ANNUAIRE FERME FERMEE", commune, "Désactivé")
                .doesNotContain("ANNUAIRE BROUILLON", "ANNUAIRE ANCIENNE VERSION")
                // the BO opens an actif hébergement of its perimeter only (spec §2.7)
                .contains("/bo/hebergements/" + ids.get("ANNUAIRE GITE PARIS"))
                .doesNotContain("/bo/hebergements/" + ids.get("ANNUAIRE CHALET LYON"))
                .doesNotContain("/bo/hebergements/" + ids.get("ANNUAIRE FERME FERMEE"));
        assertThat(mvc.perform(get("/bo/organismes/" + parisien).with(en(NATIONAL))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("/bo/hebergements/" + ids.get("ANNUAIRE CHALET LYON"));
        assertThat(mvc.perform(get("/bo/organismes/" + lyonnais).with(en(NATIONAL))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Aucun hébergement actif ou désactivé");
    }
}
