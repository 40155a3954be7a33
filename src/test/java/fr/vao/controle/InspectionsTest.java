package fr.vao.controle;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.vao.compte.agent.RolesAgent;
import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.SejoursPourEig;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The inspection through the pages (issue 6, ADR 0030): planning, recording (nothing lost on bad input), the
 * lifecycle with its optimistic lock, the report (PDF stored, mail, history, the organiser's tab and documents),
 * the injunctions, the confidentiality before the report on every page of the organiser, and the perimeter.
 */
class InspectionsTest extends TestIntegration {

    static final String COMMENTAIRE = "Deux encadrants absents au moment de la visite";
    static final String INJONCTION = "Afficher le protocole d’évacuation dans chaque chambre";

    @Autowired
    EnvoiCourriels envoi;

    SejoursPourEig.Organisateur o;
    long sejour;
    UtilisateurConnecte agent;
    long agentId;

    LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void sejourEnCours() {
        antivirusSain();
        o = SejoursPourEig.organisateur(jdbc);
        sejour = SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", aujourdhui().minusDays(2),
                aujourdhui().plusDays(8));
        String email = SejoursPourEig.agent(jdbc, "75", RolesAgent.CONTROLE, RolesAgent.DS_LECTURE);
        agentId = SejoursPourEig.idAgent(jdbc, email);
        agent = new UtilisateurConnecte(fr.vao.plateforme.securite.Portail.BO, agentId, email, "Agent", "Test",
                java.util.Set.of(RolesAgent.CONTROLE, RolesAgent.DS_LECTURE), "75", "DEP");
    }

    MvcResult poster(UtilisateurConnecte u, String chemin, Map<String, String> champs) throws Exception {
        MockHttpServletRequestBuilder r = post(chemin).with(csrf()).with(en(u));
        champs.forEach(r::param);
        return mvc.perform(r).andReturn();
    }

    MvcResult lire(UtilisateurConnecte u, String chemin) throws Exception {
        return mvc.perform(get(chemin).with(en(u))).andReturn();
    }

    String statut(long id) {
        return jdbc.sql("select statut from inspection where id = :id").param("id", id).query(String.class).single();
    }

    int version(long id) {
        return jdbc.sql("select version from inspection where id = :id").param("id", id).query(Integer.class)
                .single();
    }

    long planifier() throws Exception {
        MvcResult r = poster(agent, "/bo/controles/inspections/nouvelle?declaration=" + sejour, Map.of(
                "hebergement", o.paris().toString(), "date", aujourdhui().plusDays(1).toString(),
                "agents", "" + agentId));
        assertThat(r.getResponse().getRedirectedUrl()).matches("/bo/controles/inspections/\\d+");
        return Long.parseLong(r.getResponse().getRedirectedUrl().substring("/bo/controles/inspections/".length()));
    }

    Map<String, String> saisie(long id, String action) {
        Map<String, String> m = new java.util.HashMap<>(Map.of("version", "" + version(id), "datePrevue",
                aujourdhui().plusDays(1).toString(), "agents", "" + agentId, "etat-PERSONNEL_PRESENT",
                "NON_CONFORME", "commentaire-PERSONNEL_PRESENT", COMMENTAIRE, "etat-HYGIENE", "CONFORME",
                "conclusion", "INJONCTION", "synthese", "Hébergement correct, encadrement insuffisant."));
        m.put("action", action);
        return m;
    }

    /** What the organiser sees of its déclaration: the synthèse (tabs, history), the list and its CSV. */
    String organisateurVoit() throws Exception {
        MvcResult page = lire(o.membre(), "/sejours/" + sejour + "/synthese");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        MvcResult liste = lire(o.membre(), "/sejours");
        MvcResult csv = lire(o.membre(), "/sejours/export.csv");
        return page.getResponse().getContentAsString() + liste.getResponse().getContentAsString()
                + csv.getResponse().getContentAsString();
    }

    @Test
    void planificationEnregistrementRapportEtInjonctionLevee() throws Exception {
        // the form offers the stay's hébergement of the perimeter (75), not the one in 92
        MvcResult formulaire = lire(agent, "/bo/controles/inspections/nouvelle?declaration=" + sejour);
        assertThat(formulaire.getResponse().getStatus()).isEqualTo(200);
        assertThat(formulaire.getResponse().getContentAsString()).contains(o.paris().toString())
                .doesNotContain(o.nanterre().toString());
        // a date outside the stay and no agent: refused, nothing created
        MvcResult refus = poster(agent, "/bo/controles/inspections/nouvelle?declaration=" + sejour, Map.of(
                "hebergement", o.paris().toString(), "date", aujourdhui().plusDays(30).toString()));
        assertThat(refus.getResponse().getStatus()).isEqualTo(200);
        assertThat(refus.getResponse().getContentAsString()).contains("Choisissez une date pendant le séjour")
                .contains("Cochez au moins un agent");
        assertThat(jdbc.sql("select count(*) from inspection where declaration_id = :d").param("d", sejour)
                .query(Integer.class).single()).isZero();

        long id = planifier();
        assertThat(statut(id)).isEqualTo("PLANIFIEE");
        String avant = organisateurVoit();
        assertThat(avant).doesNotContain("onglet-controle").doesNotContain("Rapport d’inspection")
                .doesNotContain("inspection");

        // a piece attached before the report: not readable by the organiser
        MvcResult piece = mvc.perform(multipart("/bo/controles/inspections/" + id + "/documents")
                .file(new MockMultipartFile("piece", "constat.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes()))
                .with(csrf()).with(en(agent))).andReturn();
        assertThat(piece.getFlashMap().get("succes")).isEqualTo("inspection.piece.jointe");
        UUID doc = jdbc.sql("select id from document where rattachement_type = 'inspection' and rattachement_id = :id")
                .param("id", id).query(UUID.class).single();
        assertThat(lire(o.membre(), "/documents/" + doc).getResponse().getStatus()).isEqualTo(404);
        assertThat(lire(agent, "/bo/documents/" + doc).getResponse().getStatus()).isEqualTo(200);

        // bad input: nothing saved, everything posted shown again
        Map<String, String> mauvais = saisie(id, "enregistrer");
        mauvais.put("injonctionTexte", INJONCTION);
        mauvais.put("injonctionEcheance", "pas une date");
        MvcResult erreur = poster(agent, "/bo/controles/inspections/" + id, mauvais);
        assertThat(erreur.getResponse().getStatus()).isEqualTo(200);
        assertThat(erreur.getResponse().getContentAsString()).contains("Saisissez une date valide")
                .contains(COMMENTAIRE).contains(INJONCTION);
        assertThat(jdbc.sql("select points::text from inspection where id = :id").param("id", id)
                .query(String.class).single()).doesNotContain(COMMENTAIRE);

        // saved with a finding and an injunction, then "Réalisée"
        Map<String, String> bon = saisie(id, "realiser");
        bon.put("constatGravite", "MAJEURE");
        bon.put("constatPoint", "TAUX_ENCADREMENT");
        bon.put("constatDescription", "Un encadrant pour huit vacanciers");
        bon.put("injonctionTexte", INJONCTION);
        bon.put("injonctionEcheance", aujourdhui().plusDays(20).toString());
        MvcResult realisee = poster(agent, "/bo/controles/inspections/" + id, bon);
        assertThat(realisee.getFlashMap().get("succes")).isEqualTo("inspection.realisee");
        assertThat(statut(id)).isEqualTo("REALISEE");
        assertThat(jdbc.sql("select count(*) from inspection_constat where inspection_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(organisateurVoit()).doesNotContain("onglet-controle").doesNotContain(INJONCTION);
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, o.email())).noneMatch(s -> s.contains("inspection"));

        // a stale version: refused
        Map<String, String> perime = saisie(id, "envoyer");
        perime.put("version", "" + (version(id) - 1));
        assertThat(poster(agent, "/bo/controles/inspections/" + id, perime).getFlashMap().get("erreur"))
                .isEqualTo("inspection.refus.conflit");
        assertThat(statut(id)).isEqualTo("REALISEE");

        // the report: stored, mailed, on the déclaration's history and tab
        MvcResult envoi1 = poster(agent, "/bo/controles/inspections/" + id, saisie(id, "envoyer"));
        assertThat(envoi1.getFlashMap().get("succes")).isEqualTo("inspection.rapport-envoye");
        assertThat(statut(id)).isEqualTo("RAPPORT_ENVOYE");
        UUID rapport = jdbc.sql("select rapport_document_id from inspection where id = :id").param("id", id)
                .query(UUID.class).single();
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, o.email()))
                .anyMatch(s -> s.startsWith("Rapport d’inspection de votre séjour DS-EIG-"));
        assertThat(SejoursPourEig.historique(jdbc, sejour)).contains("inspection_rapport DDETS 75");
        String apres = organisateurVoit();
        assertThat(apres).contains("onglet-controle").contains(INJONCTION).contains("/documents/" + rapport)
                .contains("Rapport d’inspection");
        MvcResult pdf = lire(o.membre(), "/documents/" + rapport);
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(lire(o.membre(), "/documents/" + doc).getResponse().getStatus()).isEqualTo(200);
        // another organiser reads nothing
        SejoursPourEig.Organisateur autre = SejoursPourEig.organisateur(jdbc);
        assertThat(lire(autre.membre(), "/documents/" + rapport).getResponse().getStatus()).isEqualTo(404);

        // the injunction lifted: the inspection is closed
        long injonction = jdbc.sql("select id from injonction where inspection_id = :id").param("id", id)
                .query(Long.class).single();
        MvcResult levee = poster(agent, "/bo/controles/inspections/" + id + "/injonctions/" + injonction, Map.of(
                "version", "0", "decision", "lever"));
        assertThat(levee.getFlashMap().get("succes")).isEqualTo("inspection.injonction.decidee");
        assertThat(statut(id)).isEqualTo("CLOTUREE");
        for (String type : List.of("INSPECTION_PLANIFIEE", "INSPECTION_MODIFIEE", "INSPECTION_REALISEE",
                "INSPECTION_RAPPORT_ENVOYE", "INJONCTION_DECIDEE", "INSPECTION_CLOTUREE")) {
            assertThat(attendreAudit(type, id)).as(type).isTrue();
        }
    }

    private boolean attendreAudit(String type, long id) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (jdbc.sql("select count(*) from journal_audit where type = :t and cible = :c").param("t", type)
                    .param("c", "INSPECTION:" + id).query(Integer.class).single() > 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void perimetreEtRole() throws Exception {
        long id = planifier();
        UtilisateurConnecte lyon = Connectes.agent(SejoursPourEig.idAgent(jdbc, SejoursPourEig.agent(jdbc, "69",
                RolesAgent.CONTROLE)), "69", "DEP", RolesAgent.CONTROLE);
        assertThat(lire(lyon, "/bo/controles/inspections/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(lire(lyon, "/bo/controles/inspections/nouvelle?declaration=" + sejour).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(lire(lyon, "/bo/controles/inspections").getResponse().getContentAsString())
                .contains("Aucune inspection");
        assertThat(lire(lyon, "/bo/controles/inspections/export.csv").getResponse().getContentAsString())
                .doesNotContain("DS-EIG");
        // the DREETS of the région sees it
        UtilisateurConnecte idf = Connectes.agent(SejoursPourEig.idAgent(jdbc, SejoursPourEig.agent(jdbc, "IDF",
                RolesAgent.CONTROLE)), "IDF", "REG", RolesAgent.CONTROLE);
        assertThat(lire(idf, "/bo/controles/inspections/" + id).getResponse().getStatus()).isEqualTo(200);
        assertThat(lire(idf, "/bo/controles/inspections/export.csv").getResponse().getContentAsString())
                .contains("DS-EIG");
        // without the role: refused
        UtilisateurConnecte sansRole = Connectes.agent(SejoursPourEig.idAgent(jdbc, SejoursPourEig.agent(jdbc, "75",
                RolesAgent.DS_LECTURE)), "75", "DEP", RolesAgent.DS_LECTURE);
        assertThat(lire(sansRole, "/bo/controles/inspections/" + id).getResponse().getStatus()).isEqualTo(403);
        assertThat(lire(sansRole, "/bo/controles/inspections").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void listeFiltreeTrieeEtCsv() throws Exception {
        long premiere = planifier();
        long seconde = planifier();
        jdbc.sql("update inspection set date_prevue = date_prevue + 3 where id = :id").param("id", seconde).update();
        Map<String, String> annuler = new java.util.HashMap<>(Map.of("version", "" + version(premiere),
                "datePrevue", aujourdhui().plusDays(1).toString(), "agents", "" + agentId, "action", "annuler"));
        poster(agent, "/bo/controles/inspections/" + premiere, annuler);
        String lien1 = "/bo/controles/inspections/" + premiere + "\"";
        String lien2 = "/bo/controles/inspections/" + seconde + "\"";
        String planifiees = lire(agent, "/bo/controles/inspections?statut=PLANIFIEE&departement=75").getResponse()
                .getContentAsString();
        assertThat(planifiees).contains(lien2).doesNotContain(lien1);
        String parDates = lire(agent, "/bo/controles/inspections?du=" + aujourdhui().plusDays(2) + "&au="
                + aujourdhui().plusDays(5)).getResponse().getContentAsString();
        assertThat(parDates).contains(lien2).doesNotContain(lien1);
        String croissant = lire(agent, "/bo/controles/inspections?tri=date&ordre=asc").getResponse()
                .getContentAsString();
        assertThat(croissant.indexOf(lien1)).isPositive().isLessThan(croissant.indexOf(lien2));
        String csv = lire(agent, "/bo/controles/inspections/export.csv?statut=ANNULEE").getResponse()
                .getContentAsString();
        assertThat(csv).contains("N°;Déclaration;Séjour").contains(premiere + ";DS-EIG-").contains("ANNULEE")
                .doesNotContain(seconde + ";DS-EIG-");
    }

    @Test
    void annulationDepuisPlanifieeSeulementEtRapportSansConclusionRefuse() throws Exception {
        long id = planifier();
        Map<String, String> sans = new java.util.HashMap<>(Map.of("version", "" + version(id), "datePrevue",
                aujourdhui().plusDays(1).toString(), "agents", "" + agentId, "action", "realiser"));
        assertThat(poster(agent, "/bo/controles/inspections/" + id, sans).getFlashMap().get("succes"))
                .isEqualTo("inspection.realisee");
        sans.put("version", "" + version(id));
        sans.put("action", "envoyer");
        assertThat(poster(agent, "/bo/controles/inspections/" + id, sans).getFlashMap().get("erreur"))
                .isEqualTo("inspection.refus.conclusion");
        sans.put("version", "" + version(id));
        sans.put("action", "annuler");
        assertThat(poster(agent, "/bo/controles/inspections/" + id, sans).getFlashMap().get("erreur"))
                .isEqualTo("inspection.transition.ANNULER");
        assertThat(statut(id)).isEqualTo("REALISEE");

        long autre = planifier();
        Map<String, String> annuler = new java.util.HashMap<>(Map.of("version", "" + version(autre), "datePrevue",
                aujourdhui().plusDays(1).toString(), "agents", "" + agentId, "action", "annuler"));
        assertThat(poster(agent, "/bo/controles/inspections/" + autre, annuler).getFlashMap().get("succes"))
                .isEqualTo("inspection.annulee");
        assertThat(statut(autre)).isEqualTo("ANNULEE");
        assertThat(organisateurVoit()).doesNotContain("onglet-controle");
        assertThat(List.of(statut(id), statut(autre))).containsExactly("REALISEE", "ANNULEE");
    }
}
