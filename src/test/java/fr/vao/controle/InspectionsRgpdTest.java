package fr.vao.controle;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.vao.compte.agent.RolesAgent;
import fr.vao.organisme.SuppressionOrganismes;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.SejoursPourEig;
import fr.vao.support.TestIntegration;

/**
 * The RGPD deletion of an organisme (ADR 0021) takes its stays' inspections with their agents, findings,
 * injunctions and documents (the agent's piece and the generated report), which the déclarations' cascade left
 * behind; another organisme's inspection stays.
 */
class InspectionsRgpdTest extends TestIntegration {

    @Autowired
    SuppressionOrganismes suppressions;

    LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
    }

    MvcResult poster(UtilisateurConnecte u, String chemin, Map<String, String> champs) throws Exception {
        MockHttpServletRequestBuilder r = post(chemin).with(csrf()).with(en(u));
        champs.forEach(r::param);
        return mvc.perform(r).andReturn();
    }

    int version(long id) {
        return jdbc.sql("select version from inspection where id = :id").param("id", id).query(Integer.class)
                .single();
    }

    /** An inspection planned, with a piece, a finding and an injunction, its report sent. */
    long inspectionAvecRapport(SejoursPourEig.Organisateur o, UtilisateurConnecte agent) throws Exception {
        long sejour = SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", aujourdhui().minusDays(2),
                aujourdhui().plusDays(8));
        MvcResult r = poster(agent, "/bo/controles/inspections/nouvelle?declaration=" + sejour, Map.of(
                "hebergement", o.paris().toString(), "date", aujourdhui().plusDays(1).toString(),
                "agents", "" + agent.id()));
        long id = Long.parseLong(r.getResponse().getRedirectedUrl().substring("/bo/controles/inspections/".length()));
        MvcResult piece = mvc.perform(multipart("/bo/controles/inspections/" + id + "/documents")
                .file(new MockMultipartFile("piece", "constat.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes()))
                .with(csrf()).with(en(agent))).andReturn();
        assertThat(piece.getFlashMap().get("succes")).isEqualTo("inspection.piece.jointe");
        Map<String, String> saisie = new java.util.HashMap<>(Map.of("version", "" + version(id), "datePrevue",
                aujourdhui().plusDays(1).toString(), "agents", "" + agent.id(), "etat-PERSONNEL_PRESENT",
                "NON_CONFORME", "etat-HYGIENE", "CONFORME", "conclusion", "INJONCTION", "synthese",
                "Encadrement insuffisant.", "action", "realiser"));
        saisie.put("constatGravite", "MAJEURE");
        saisie.put("constatPoint", "TAUX_ENCADREMENT");
        saisie.put("constatDescription", "Un encadrant pour huit vacanciers");
        saisie.put("injonctionTexte", "Renforcer l’encadrement");
        saisie.put("injonctionEcheance", aujourdhui().plusDays(20).toString());
        assertThat(poster(agent, "/bo/controles/inspections/" + id, saisie).getFlashMap().get("succes"))
                .isEqualTo("inspection.realisee");
        Map<String, String> envoi = new java.util.HashMap<>(saisie);
        envoi.remove("constatGravite");
        envoi.remove("constatPoint");
        envoi.remove("constatDescription");
        envoi.remove("injonctionTexte");
        envoi.remove("injonctionEcheance");
        envoi.put("version", "" + version(id));
        envoi.put("action", "envoyer");
        assertThat(poster(agent, "/bo/controles/inspections/" + id, envoi).getFlashMap().get("succes"))
                .isEqualTo("inspection.rapport-envoye");
        return id;
    }

    List<UUID> documents(long inspection) {
        return jdbc.sql("""
                select id from document where (rattachement_type = 'inspection' and rattachement_id = :i)
                   or id = (select rapport_document_id from inspection where id = :i)""")
                .param("i", inspection).query(UUID.class).list();
    }

    long compter(String table, long inspection) {
        return jdbc.sql("select count(*) from " + table + " where inspection_id = :i").param("i", inspection)
                .query(Long.class).single();
    }

    @Test
    void laSuppressionDeLOrganismeEmporteSesInspectionsEtLeursDocuments() throws Exception {
        antivirusSain();
        String email = SejoursPourEig.agent(jdbc, "75", RolesAgent.CONTROLE, RolesAgent.DS_LECTURE);
        UtilisateurConnecte agent = new UtilisateurConnecte(fr.vao.plateforme.securite.Portail.BO,
                SejoursPourEig.idAgent(jdbc, email), email, "Agent", "Test",
                java.util.Set.of(RolesAgent.CONTROLE, RolesAgent.DS_LECTURE), "75", "DEP");
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc);
        SejoursPourEig.Organisateur autre = SejoursPourEig.organisateur(jdbc);
        long id = inspectionAvecRapport(o, agent);
        long gardee = inspectionAvecRapport(autre, agent);
        List<UUID> docs = documents(id);
        assertThat(docs).as("the piece and the report").hasSize(2);

        Map<String, Long> inventaire = suppressions.inventaire(o.organismeId()).orElseThrow().lignes().stream()
                .filter(l -> l.cle().startsWith("inspection.rgpd."))
                .collect(Collectors.toMap(SuppressionOrganismes.Ligne::cle, SuppressionOrganismes.Ligne::nombre));
        assertThat(inventaire).containsExactlyInAnyOrderEntriesOf(Map.of("inspection.rgpd.inspections", 1L,
                "inspection.rgpd.agents", 1L, "inspection.rgpd.constats", 1L, "inspection.rgpd.injonctions", 1L,
                "inspection.rgpd.documents", 2L));

        suppressions.supprimer(o.organismeId(), "SYSTEME", "test", null);

        assertThat(jdbc.sql("select count(*) from inspection where id = :i").param("i", id).query(Long.class)
                .single()).isZero();
        for (String table : List.of("inspection_agent", "inspection_constat", "injonction")) {
            assertThat(compter(table, id)).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from document where id in (:ids)").param("ids", docs)
                .query(Long.class).single()).as("documents gone").isZero();
        // the other organisme's inspection is untouched
        assertThat(documents(gardee)).hasSize(2);
        assertThat(compter("injonction", gardee)).isEqualTo(1);
    }
}
