package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The 8-day declaration (spec §2.8.5) through the organiser's pages: the staff lists one by one, pasted and from a
 * CSV file, their export, the training and the providers, the submission (D3, D4), the DDETS validation (D8), then
 * the changes of a registered stay with their history and mail (§2.8.6, D13).
 */
class DeclarationHuitJoursTest extends TestIntegration {

    static final String PERSONNE = "Durand;Paul;02/05/1980;BAFD;distribution des médicaments;0612345678";

    @Autowired
    EnvoiCourriels envoi;

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    private static long sequence = System.nanoTime() % 1_000_000 + 500_000;

    private static UtilisateurConnecte ddets() {
        return Connectes.agent(++sequence, "75", "DEP", "DemandeSejour_Ecriture");
    }

    private String v(long id) {
        return "" + parcours.version(id);
    }

    private String equipe(long id, String chemin) {
        return jdbc.sql("select equipe #>> cast(:chemin as text[]) from declaration_sejour where id = :id")
                .param("chemin", chemin).param("id", id).query(String.class).optional().orElse(null);
    }

    /** A déclaration registered at 2 months: EN ATTENTE DECLARATION 8 JOURS. */
    private long enregistree2Mois(OrganismesAgrees.Organisme o, UtilisateurConnecte agent) throws Exception {
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        parcours.poster(agent, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", v(id)));
        parcours.poster(agent, "/bo/sejours/" + id + "/enregistrement", Map.of("version", v(id)));
        assertThat(parcours.statut(id)).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");
        return id;
    }

    @Test
    void laDeclarationAHuitJoursSeCompleteSeTransmetEtEstValidee() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String agentEmail = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        UtilisateurConnecte agent = ddets();
        long id = enregistree2Mois(o, agent);
        String base = "/sejours/" + id;
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();

        // the 8-day steps: projet, transport and sanitaire are frozen with the 2-month declaration
        mvc.perform(get(base + "/projet").with(en(o.membre()))).andExpect(status().is3xxRedirection());
        MvcResult fige = parcours.poster(o.membre(), base + "/projet", Map.of("version", v(id), "destinations",
                "montagne"));
        assertThat(fige.getModelAndView().getModel().get("erreur")).isEqualTo("sejour.refus.etape-figee");
        assertThat(parcours.transmettre(o, id).getModelAndView().getModel().get("erreur"))
                .as("staff lists still empty").isEqualTo("sejour.refus.incomplete");

        // at 8 days both numbers are at least 1; the page stays on the staff step
        assertThat(parcours.poster(o.membre(), base + "/personnel", Map.of("version", v(id), "nombreAccompagnants",
                "2", "nombreResponsables", "1", "procedureRecrutementSupplementaire", "false")).getResponse()
                .getRedirectedUrl()).isEqualTo(base + "/personnel");

        // one person: the attestation is required, what was typed comes back
        MvcResult sansAttestation = parcours.poster(o.membre(), base + "/personnel/encadrants", Map.of("version",
                v(id), "nom", "Durand", "prenom", "Paul", "dateNaissance", "1980-05-02", "competence", "BAFD",
                "telephone", "0612345678"));
        assertThat(sansAttestation.getResponse().getContentAsString()).contains("bulletin n°3").contains("Durand");
        assertThat(equipe(id, "{encadrants,0,nom}")).isNull();
        assertThat(parcours.poster(o.membre(), base + "/personnel/encadrants", Map.of("version", v(id), "nom",
                "Durand", "prenom", "Paul", "dateNaissance", "1980-05-02", "competence", "BAFD", "fonctions",
                "medicaments", "telephone", "0612345678", "attestation", "true")).getResponse().getRedirectedUrl())
                .isEqualTo(base + "/personnel/encadrants");
        assertThat(equipe(id, "{encadrants,0,nom}")).isEqualTo("Durand");

        // rows pasted from a spreadsheet: a wrong line rejects them all, with its number, and the text stays
        String colle = "Petit\tLéa\t20/01/1999\tBAFA\trestauration\t0698765432\nRoux\tJean\t31/02/1990\tBAFA\t\t0600";
        MvcResult rejete = parcours.poster(o.membre(), base + "/personnel/accompagnants/importer", Map.of(
                "version", v(id), "texte", colle, "attestationTous", "true"));
        assertThat(rejete.getResponse().getContentAsString()).contains("Ligne 2").contains("Roux");
        assertThat(equipe(id, "{accompagnants,0}")).isNull();
        assertThat(parcours.poster(o.membre(), base + "/personnel/accompagnants/importer", Map.of("version", v(id),
                "texte", colle.replace("31/02/1990", "28/02/1990").replace("0600", "0600000000"),
                "attestationTous", "true")).getResponse().getRedirectedUrl())
                .isEqualTo(base + "/personnel/accompagnants");
        assertThat(equipe(id, "{accompagnants,1,nom}")).isEqualTo("Roux");

        // a CSV file replaces the encadrants; the export reads back what was imported
        MockMultipartFile fichier = new MockMultipartFile("fichier", "encadrants.csv", "text/csv",
                ("nom;prenom;date_naissance;competences;fonctions;telephone\r\n" + PERSONNE + "\r\n"
                        + "Blanc;Anne;03/03/1975;Infirmière;distribution des médicaments, autre;0611111111\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.perform(multipart(base + "/personnel/encadrants/importer").file(fichier).param("version", v(id))
                .param("remplacer", "true").param("attestationTous", "true").with(csrf()).with(en(o.membre())))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(base + "/personnel/encadrants");
        String export = mvc.perform(get(base + "/personnel/encadrants/export.csv").with(en(o.membre())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(export.lines().toList()).containsExactly("\uFEFFnom;prenom;date_naissance;competences;fonctions;"
                + "telephone", PERSONNE, "Blanc;Anne;03/03/1975;Infirmière;distribution des médicaments, autre;"
                + "0611111111");
        mvc.perform(get("/sejours/personnel-modele.csv").with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("nom;prenom;date_naissance")));

        // the training (5 characters at least) and an optional provider
        assertThat(parcours.poster(o.membre(), base + "/personnel/formation", Map.of("version", v(id), "formation",
                "Oui")).getResponse().getContentAsString()).contains("au moins 5 caractères");
        parcours.poster(o.membre(), base + "/personnel/formation", Map.of("version", v(id), "formation",
                "Réunion de deux heures la veille du départ"));
        assertThat(parcours.poster(o.membre(), base + "/personnel/prestataires", Map.of("version", v(id),
                "categorie", "transport", "personneMorale", "true", "raisonSociale", "Taxis du Lac", "adresse",
                "1 quai du Lac 74000 Annecy", "telephone", "0450000000")).getResponse().getRedirectedUrl())
                .isEqualTo(base + "/personnel/prestataires");

        // submission: TRANSMISE 8J, D3 to the organiser, D4 to the DDETS
        assertThat(parcours.transmettre(o, id).getResponse().getRedirectedUrl()).isEqualTo("/sejours");
        assertThat(parcours.statut(id)).isEqualTo("TRANSMISE 8J");
        assertThat(Parcours.sujetsRecus(envoi, SMTP, o.email()))
                .contains("Portail VAO - Transmission de la déclaration de séjour à 8 jours n°" + numero);
        assertThat(Parcours.sujetsRecus(envoi, SMTP, agentEmail))
                .contains("Portail VAO - déclaration à 8 jours déposée : " + numero);

        // the DDETS sees the staff and the 2-month declaration as registered, then validates: VALIDEE 8J, D8
        mvc.perform(get("/bo/sejours/" + id).with(en(agent))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Blanc"),
                        Matchers.containsString("Taxis du Lac"), Matchers.containsString("Déclaration à 2 mois"))));
        parcours.poster(agent, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", v(id)));
        assertThat(parcours.statut(id)).isEqualTo("EN COURS 8J");
        parcours.poster(agent, "/bo/sejours/" + id + "/enregistrement", Map.of("version", v(id)));
        assertThat(parcours.statut(id)).isEqualTo("VALIDEE 8J");
        assertThat(Parcours.sujetsRecus(envoi, SMTP, o.email()))
                .contains("Portail VAO - Enregistrement de la déclaration " + numero);
        assertThat(jdbc.sql("select type from declaration_historique where declaration_id = :id order by id")
                .param("id", id).query(String.class).list()).endsWith("depot_8j", "prise_en_charge_8j",
                        "enregistrement_8j");
    }

    @Test
    void unSejourValideNeChangeQueSesVacanciersEtSonPersonnelAvecHistoriqueEtCourriel() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String agentEmail = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        UtilisateurConnecte agent = ddets();
        long id = enregistree2Mois(o, agent);
        String base = "/sejours/" + id;
        parcours.poster(o.membre(), base + "/personnel", Map.of("version", v(id), "nombreAccompagnants", "1",
                "nombreResponsables", "1", "procedureRecrutementSupplementaire", "false"));
        for (String liste : List.of("encadrants", "accompagnants")) {
            parcours.poster(o.membre(), base + "/personnel/" + liste + "/importer", Map.of("version", v(id),
                    "texte", PERSONNE.replace("Durand", liste.substring(0, 1).toUpperCase() + "urand"),
                    "attestationTous", "true"));
        }
        parcours.poster(o.membre(), base + "/personnel/formation", Map.of("version", v(id), "formation",
                "Réunion la veille"));
        parcours.transmettre(o, id);
        parcours.poster(agent, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", v(id)));
        parcours.poster(agent, "/bo/sejours/" + id + "/enregistrement", Map.of("version", v(id)));
        assertThat(parcours.statut(id)).isEqualTo("VALIDEE 8J");
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();

        // only the vacanciers and the staff
        assertThat(parcours.poster(o.membre(), base + "/informations", Map.of("version", v(id), "libelle", "Autre"))
                .getModelAndView().getModel().get("erreur")).isEqualTo("sejour.refus.etape-figee");
        assertThat(parcours.poster(o.membre(), base + "/vacanciers", Map.of("version", v(id), "femmes", "5",
                "hommes", "6", "total", "11", "tranchesAge", "18_39", "deficiences", "moteur",
                "precisionDeficiences", "Fauteuils roulants")).getResponse().getRedirectedUrl()).isNotNull();
        // a person imported without the attestation: refused once registered, nothing changes
        MvcResult incomplet = parcours.poster(o.membre(), base + "/personnel/accompagnants/importer", Map.of(
                "version", v(id), "texte", "Neuf;Nina;01/01/2000;BAFA;;0622222222", "attestationTous", "false"));
        assertThat(incomplet.getResponse().getContentAsString()).contains("Ligne 1");
        parcours.poster(o.membre(), base + "/personnel/accompagnants/importer", Map.of("version", v(id),
                "texte", "Neuf;Nina;01/01/2000;BAFA;;0622222222", "attestationTous", "true"));

        assertThat(parcours.statut(id)).isEqualTo("VALIDEE 8J");
        assertThat(jdbc.sql("select type_precision from declaration_historique where declaration_id = :id "
                + "and type like 'mise_a_jour%' order by id").param("id", id).query(String.class).list())
                .containsExactly("Femmes : 4 → 5 ; Effectif total : 10 → 11",
                        "Personnel accompagnant ajouté : Nina Neuf (BAFA)");
        assertThat(Parcours.sujetsRecus(envoi, SMTP, agentEmail)).contains(
                "VAO - Modification du nombre de vacanciers de la déclaration " + numero,
                "VAO - Modification de personnel de la déclaration " + numero);
    }
}
