package fr.vao.agrement;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.TestIntegration;

/**
 * The messagerie of an agrément (ADR 0028) through both portals: the organisme's users and the DREETS of the région
 * read and post, national agents read only, anyone else gets a 404 (a departmental agent a 403); every message is
 * mailed to the other side; the unread state on both sides.
 */
class MessagerieAgrementTest extends TestIntegration {

    private static final String BOITE = InstructionAgrementsTest.BOITE_IDF;

    @Autowired
    CycleAgrement cycle;
    @Autowired
    DemandesAgrement demandes;
    @Autowired
    EnvoiCourriels envoi;

    @BeforeEach
    void preparer() {
        antivirusSain();
        jdbc.sql("update fiche_territoire set service_email = :e where territoire_code = 'IDF'").param("e", BOITE)
                .update();
    }

    private void drapeau(boolean actif) {
        jdbc.sql("update fonctionnalite set active = :a where code = 'RENOUVELLEMENT_AGREMENT'").param("a", actif)
                .update();
    }

    private MvcResult poster(UtilisateurConnecte u, long id, String texte, MockMultipartFile... fichiers)
            throws Exception {
        String chemin = u.portail() == Portail.BO ? "/bo/agrements/" + id + "/messagerie"
                : "/agrement/" + id + "/messagerie";
        MockMultipartHttpServletRequestBuilder r = multipart(chemin);
        for (MockMultipartFile f : fichiers) {
            r.file(f);
        }
        if (texte != null) {
            r.param("texte", texte);
        }
        return mvc.perform(r.with(csrf()).with(en(u))).andReturn();
    }

    private String page(UtilisateurConnecte u, String chemin) throws Exception {
        return mvc.perform(get(chemin).with(en(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String etats(long id) {
        return jdbc.sql("select etat_agent || '/' || etat_organisateur from fil_message where fil_type = 'agrement' "
                + "and fil_id = :id").param("id", id).query(String.class).single();
    }

    private String courriel(String sujet, String destinataire) throws Exception {
        envoi.envoyerEnAttente();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (sujet.equals(m.getSubject())
                    && m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().equals(destinataire)) {
                return InstructionAgrementsTest.texte(m);
            }
        }
        throw new AssertionError("aucun courriel « " + sujet + " » à " + destinataire);
    }

    @Test
    void lOrganismeEtLaDreetsEchangentChacunPrevenuParCourriel() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        OrganismesAgrement.Organisme autre = OrganismesAgrement.nouveau(jdbc, null);
        long id = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, o, DemandeAgrement.PREMIER);
        long brouillon = DemandesExemple.brouillon(jdbc, demandes, horloge, autre, DemandeAgrement.PREMIER);
        String sujet = "Portail VAO - Nouveau message sur l'agrément de VACANCES POUR TOUS " + o.siret();
        UtilisateurConnecte dreets = InstructionAgrementsTest.agent("IDF", "REG");
        UtilisateurConnecte national = InstructionAgrementsTest.agent("FRA", "NAT");
        UtilisateurConnecte aura = InstructionAgrementsTest.agent("AURA", "REG");
        UtilisateurConnecte ddets = InstructionAgrementsTest.agent("75", "DEP", "DemandeSejour_Ecriture");

        assertThat(page(o.membre(), "/agrement/" + id + "/messagerie")).contains("Messagerie de l’agrément",
                "Aucun message n’a encore été échangé sur cet agrément", "Envoyer le message");
        // a draft has no messagerie, another organisme sees nothing
        mvc.perform(get("/agrement/" + brouillon + "/messagerie").with(en(autre.membre())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agrement/" + id + "/messagerie").with(en(autre.membre()))).andExpect(status().isNotFound());
        assertThat(poster(autre.membre(), id, "Intrus").getResponse().getStatus()).isEqualTo(404);

        // too long: refused, nothing stored
        MvcResult r = poster(o.membre(), id, "x".repeat(1001));
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("ne doit pas dépasser");
        assertThat(jdbc.sql("select count(*) from message where fil_type = 'agrement' and fil_id = :id")
                .param("id", id).query(Integer.class).single()).isZero();

        // the organiser writes with a file: the DREETS mailbox is told, the agents' side is NON LU
        r = poster(o.membre(), id, "Bonjour, voici notre projet de séjours mis à jour.",
                new MockMultipartFile("fichier", "projet.pdf", "application/pdf", InstructionAgrementsTest.PDF));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id + "/messagerie");
        assertThat(courriel(sujet, BOITE)).contains("a envoyé un nouveau message sur sa demande d’agrément",
                "projet de séjours mis à jour", "/bo/agrements/" + id + "/messagerie");
        assertThat(etats(id)).isEqualTo("1/3");
        assertThat(page(dreets, "/bo/agrements?siret=" + o.siret())).contains("Non lu : ", "fr-badge--new");

        // national agents read without marking it read, and may not post; other régions and DDETS are kept out
        assertThat(page(national, "/bo/agrements/" + id + "/messagerie")).contains("projet de séjours mis à jour",
                "lecture seule");
        assertThat(etats(id)).isEqualTo("1/3");
        assertThat(poster(national, id, "Question").getResponse().getStatus()).isEqualTo(403);
        mvc.perform(get("/bo/agrements/" + id + "/messagerie").with(en(aura))).andExpect(status().isNotFound());
        assertThat(poster(aura, id, "Intrus").getResponse().getStatus()).isEqualTo(404);
        mvc.perform(get("/bo/agrements/" + id + "/messagerie").with(en(ddets))).andExpect(status().isForbidden());
        assertThat(poster(ddets, id, "Intrus").getResponse().getStatus()).isEqualTo(403);

        // the attachment: the organisme and the DREETS download it, nobody else
        UUID doc = jdbc.sql("select document_id from message where fil_type = 'agrement' and fil_id = :id")
                .param("id", id).query(UUID.class).single();
        mvc.perform(get("/documents/" + doc).with(en(o.membre()))).andExpect(status().isOk());
        mvc.perform(get("/bo/documents/" + doc).with(en(dreets))).andExpect(status().isOk());
        mvc.perform(get("/documents/" + doc).with(en(autre.membre()))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/documents/" + doc).with(en(aura))).andExpect(status().isNotFound());

        // the DREETS opens it (LU) and answers: the organisme's users are told, its side is NON LU
        page(dreets, "/bo/agrements/" + id + "/messagerie");
        assertThat(etats(id)).isEqualTo("2/3");
        r = poster(dreets, id, "Merci, nous revenons vers vous sous huit jours.");
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo/agrements/" + id
                + "/messagerie#panneau-messagerie");
        assertThat(courriel(sujet, o.email())).contains("La DREETS a envoyé un nouveau message sur votre agrément",
                "sous huit jours", "/agrement/" + id + "/messagerie");
        assertThat(etats(id)).isEqualTo("3/1");
        // the organiser's request page (online requests open) tells it, without marking it read
        drapeau(true);
        try {
            assertThat(page(o.membre(), "/agrement/" + id)).contains("2 messages", "Non lu");
        } finally {
            drapeau(false);
        }
        assertThat(etats(id)).isEqualTo("3/1");
        assertThat(page(o.membre(), "/agrement/" + id + "/messagerie")).contains("sous huit jours");
        assertThat(etats(id)).as("read by the organiser").isEqualTo("3/2");
    }
}
