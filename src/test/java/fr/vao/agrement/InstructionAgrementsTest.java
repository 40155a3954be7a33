package fr.vao.agrement;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The DREETS instruction of an agrément request on a real database, through the back office's routes: every action
 * with what it requires, its history, its documents and its mails (A5 to A10, A7b, A8b, A10b, through GreenMail),
 * the version the agent saw, and who may see and act (ADR 0027).
 */
class InstructionAgrementsTest extends TestIntegration {

    static final String BOITE_IDF = "dreets-idf-agrements@vao.test";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static long sequence = 7_000_000 + System.nanoTime() % 1_000_000;

    @Autowired
    CycleAgrement cycle;
    @Autowired
    DemandesAgrement demandes;
    @Autowired
    EnvoiCourriels envoi;

    private UtilisateurConnecte dreets;

    @BeforeEach
    void preparer() {
        antivirusSain();
        jdbc.sql("update fiche_territoire set service_email = :e where territoire_code = 'IDF'").param("e", BOITE_IDF)
                .update();
        dreets = agent("IDF", "REG");
    }

    static UtilisateurConnecte agent(String territoire, String niveau, String... roles) {
        return Connectes.agent(++sequence, territoire, niveau, roles);
    }

    private String page(UtilisateurConnecte u, String chemin) throws Exception {
        return mvc.perform(get(chemin).with(en(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int version(long id) {
        return cycle.trouver(id).orElseThrow().version();
    }

    private StatutAgrement statut(long id) {
        return cycle.trouver(id).orElseThrow().statut();
    }

    /** A decision posted as this agent: its form fields, and its file when given. */
    private MvcResult agir(UtilisateurConnecte u, long id, String action, Integer version, String commentaire,
            String numero, byte[] fichier) throws Exception {
        MockMultipartHttpServletRequestBuilder r = multipart("/bo/agrements/" + id + "/" + action);
        if (fichier != null) {
            r.file(new MockMultipartFile("fichier", action + ".pdf", "application/pdf", fichier));
        }
        r.param("version", String.valueOf(version == null ? version(id) : version));
        if (commentaire != null) {
            r.param("commentaire", commentaire);
        }
        if (numero != null) {
            r.param("numero", numero);
        }
        return mvc.perform(r.with(csrf()).with(en(u))).andReturn();
    }

    private static Object flash(MvcResult r, String nom) {
        return r.getFlashMap().get(nom);
    }

    /** The mails with this subject once the outbox is sent, and their recipients. */
    private List<MimeMessage> courriels(String sujet) throws Exception {
        envoi.envoyerEnAttente();
        List<MimeMessage> m = new ArrayList<>();
        for (MimeMessage x : SMTP.getReceivedMessages()) {
            if (sujet.equals(x.getSubject())) {
                m.add(x);
            }
        }
        return m;
    }

    private List<String> destinataires(String sujet) throws Exception {
        List<String> a = new ArrayList<>();
        for (MimeMessage m : courriels(sujet)) {
            for (var r : m.getRecipients(jakarta.mail.Message.RecipientType.TO)) {
                a.add(r.toString());
            }
        }
        return a;
    }

    private String corps(String sujet, String destinataire) throws Exception {
        for (MimeMessage m : courriels(sujet)) {
            for (var r : m.getRecipients(jakarta.mail.Message.RecipientType.TO)) {
                if (r.toString().equals(destinataire)) {
                    return texte(m);
                }
            }
        }
        throw new AssertionError("aucun courriel « " + sujet + " » à " + destinataire);
    }

    /** The decoded text of a mail, all its parts. */
    static String texte(jakarta.mail.Part p) throws Exception {
        Object contenu = p.getContent();
        if (contenu instanceof String t) {
            return t;
        }
        StringBuilder b = new StringBuilder();
        if (contenu instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                b.append(texte(mp.getBodyPart(i))).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void laDreetsInstruitUnPremierAgrementDeLaPriseEnChargeALaValidation() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        String nom = "VACANCES POUR TOUS " + o.siret();
        long id = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, o, DemandeAgrement.PREMIER);

        // the list of the région, with the take-charge form of a TRANSMIS request
        String liste = page(dreets, "/bo/agrements?siret=" + o.siret());
        assertThat(liste).contains(nom, "Transmis", "Prendre en charge", "1 agrément");

        // prise en charge (A5 to every validated user)
        MvcResult r = mvc.perform(post("/bo/agrements/" + id + "/prise-en-charge").param("version",
                String.valueOf(version(id))).with(csrf()).with(en(dreets))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo/agrements/" + id);
        assertThat(statut(id)).isEqualTo(StatutAgrement.PRIS_EN_CHARGE);
        assertThat(cycle.trouver(id).orElseThrow().agentId()).isEqualTo(dreets.id());
        assertThat(java.util.Collections.frequency(destinataires("Portail VAO – Votre dossier de première demande "
                + "d'agrément est pris en charge par la DREETS"), o.email())).isEqualTo(1);

        // complements: a comment of 20 characters at least, an optional file (A6 quotes it)
        r = agir(dreets, id, "complements", null, "Trop court", null, null);
        assertThat(flash(r, "erreur")).isEqualTo("instruction-agrement.erreur.commentaire");
        assertThat(statut(id)).isEqualTo(StatutAgrement.PRIS_EN_CHARGE);
        r = agir(dreets, id, "complements", null, "Joignez l'attestation d'assurance de rapatriement.", null, PDF);
        assertThat(flash(r, "succes")).isEqualTo("instruction-agrement.complements.faite");
        assertThat(statut(id)).isEqualTo(StatutAgrement.A_COMPLETER);
        assertThat(corps("Portail VAO – Demande de compléments d'informations suite à votre première demande "
                + "d'agrément", o.email())).contains("attestation d'assurance de rapatriement");

        // the organiser sends it back; taken in charge again; completeness needs the récépissé (A7, A7b)
        DemandesExemple.transmettre(cycle, o, id);
        mvc.perform(post("/bo/agrements/" + id + "/prise-en-charge").param("version", String.valueOf(version(id)))
                .with(csrf()).with(en(dreets)));
        assertThat(statut(id)).isEqualTo(StatutAgrement.PRIS_EN_CHARGE);
        r = agir(dreets, id, "completude", null, null, null, null);
        assertThat(flash(r, "erreur")).isEqualTo("instruction-agrement.erreur.document.COMPLETUDE");
        assertThat(statut(id)).isEqualTo(StatutAgrement.PRIS_EN_CHARGE);
        agir(dreets, id, "completude", null, null, null, PDF);
        assertThat(statut(id)).isEqualTo(StatutAgrement.EN_INSTRUCTION);
        assertThat(cycle.delai(id).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.RUNNING);
        assertThat(java.util.Collections.frequency(destinataires("Portail VAO – Confirmation de la complétude de "
                + "votre dossier de première demande d'agrément"), o.email())).isEqualTo(1);
        assertThat(destinataires("Portail VAO – Confirmation de complétude du dossier de première demande "
                + "d'agrément de " + nom)).containsExactly(BOITE_IDF);

        // corrections: the timer pauses (A8 to the organiser, A8b to the DREETS mailbox)
        agir(dreets, id, "corrections", null, "Précisez le protocole d'évacuation d'urgence.", null, null);
        assertThat(statut(id)).isEqualTo(StatutAgrement.A_CORRIGER);
        assertThat(cycle.delai(id).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.PAUSED);
        assertThat(corps("Portail VAO – Demande de correction sur votre dossier de première demande d'agrément",
                o.email())).contains("protocole d'évacuation");
        assertThat(destinataires("Portail VAO – Demande de correction sur le dossier de première demande "
                + "d'agrément de " + nom)).containsExactly(BOITE_IDF);
        DemandesExemple.transmettre(cycle, o, id);
        assertThat(statut(id)).isEqualTo(StatutAgrement.EN_INSTRUCTION);

        // a stale version: "modifiée entre-temps", nothing done
        r = agir(dreets, id, "validation", version(id) - 1, null, "AGR-IDF-2027-001", PDF);
        assertThat(flash(r, "erreur")).isEqualTo("agrement.modifie-entre-temps");
        // validation: a numéro of 5 characters at least and the arrêté
        r = agir(dreets, id, "validation", null, null, "AGR", PDF);
        assertThat(flash(r, "erreur")).isEqualTo("instruction-agrement.erreur.numero");
        r = agir(dreets, id, "validation", null, null, "AGR-IDF-2027-001", null);
        assertThat(flash(r, "erreur")).isEqualTo("instruction-agrement.erreur.document.VALIDATION");
        assertThat(statut(id)).isEqualTo(StatutAgrement.EN_INSTRUCTION);
        agir(dreets, id, "validation", null, null, " AGR-IDF-2027-001 ", PDF);
        DemandeAgrement valide = cycle.trouver(id).orElseThrow();
        assertThat(valide.statut()).isEqualTo(StatutAgrement.VALIDE);
        assertThat(valide.numero()).isEqualTo("AGR-IDF-2027-001");
        assertThat(valide.dateFinValidite()).isEqualTo(valide.dateObtention().plusYears(5));
        assertThat(cycle.delai(id).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.STOPPED);
        assertThat(corps("Portail VAO - Validation de votre demande d'agrément", o.email()))
                .contains("AGR-IDF-2027-001");
        assertThat(destinataires("Portail VAO - Validation de l'agrément N°AGR-IDF-2027-001 enregistrée"))
                .containsExactly(BOITE_IDF);

        // the history: every step with its source and comments
        assertThat(cycle.historique(id)).extracting(EntreeHistoriqueAgrement::source).contains("DREETS IDF", "usager");
        assertThat(cycle.historique(id)).extracting(EntreeHistoriqueAgrement::commentaire)
                .contains("Précisez le protocole d'évacuation d'urgence.");
        String detail = page(dreets, "/bo/agrements/" + id);
        assertThat(detail).contains("Historique", "Vérification", "Précisez le protocole", "Décision finale prise",
                "Récépissé de complétude", "Arrêté d’agrément");

        // the agents' documents: read by the organisme and the DREETS, not by another région
        List<UUID> pieces = jdbc.sql("select id from document where rattachement_type = 'AGREMENT' and "
                + "rattachement_id = :id and categorie in ('AGR_COMPLETUDE', 'AGR_ARRETE_AGREMENT', 'AGR_AMODIFIER')")
                .param("id", id).query(UUID.class).list();
        assertThat(pieces).hasSize(3);
        for (UUID doc : pieces) {
            mvc.perform(get("/documents/" + doc).with(en(o.membre()))).andExpect(status().isOk());
            mvc.perform(get("/bo/documents/" + doc).with(en(dreets))).andExpect(status().isOk());
            mvc.perform(get("/bo/documents/" + doc).with(en(agent("AURA", "REG")))).andExpect(status().isNotFound());
            mvc.perform(get("/bo/documents/" + doc).with(en(agent("75", "DEP")))).andExpect(status().isNotFound());
        }
    }

    @Test
    void unRefusAvecSonArreteEtUnRenouvellementRemplaceLAgrementActif() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        long id = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, o, DemandeAgrement.PREMIER);
        mvc.perform(post("/bo/agrements/" + id + "/prise-en-charge").param("version", String.valueOf(version(id)))
                .with(csrf()).with(en(dreets)));
        MvcResult r = agir(dreets, id, "refus", null, "Projet insuffisant.", null, null);
        assertThat(flash(r, "erreur")).isEqualTo("instruction-agrement.erreur.document.REFUS");
        agir(dreets, id, "refus", null, "Projet de séjours insuffisant.", null, PDF);
        assertThat(statut(id)).isEqualTo(StatutAgrement.REFUSE);
        assertThat(corps("Portail VAO - Refus de votre agrément", o.email())).contains("Projet de séjours insuffisant");

        // a renewal of an organisme with an agrément: validated, it replaces the active one
        OrganismesAgrement.Organisme agree = OrganismesAgrement.nouveau(jdbc, java.time.LocalDate.now().plusMonths(4));
        long renouvellement = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, agree,
                DemandeAgrement.RENOUVELLEMENT);
        mvc.perform(post("/bo/agrements/" + renouvellement + "/prise-en-charge")
                .param("version", String.valueOf(version(renouvellement))).with(csrf()).with(en(dreets)));
        assertThat(destinataires("Portail VAO – Votre dossier de renouvellement d'agrément est pris en charge par la "
                + "DREETS")).contains(agree.email());
        agir(dreets, renouvellement, "completude", null, null, null, PDF);
        agir(dreets, renouvellement, "validation", null, null, "AGR-IDF-RENOUV-1", PDF);
        assertThat(jdbc.sql("select count(*) from agrement where organisme_id = :o and statut = 'VALIDE' and not "
                + "supprime").param("o", agree.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select numero from agrement where organisme_id = :o and statut = 'VALIDE' and not "
                + "supprime").param("o", agree.id()).query(String.class).single()).isEqualTo("AGR-IDF-RENOUV-1");
    }

    @Test
    void seulsLesAgentsRegionauxDeLaRegionInstruisentLesNationauxLisent() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        long id = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, o, DemandeAgrement.PREMIER);
        OrganismesAgrement.Organisme brouillon = OrganismesAgrement.nouveau(jdbc, null);
        long draft = DemandesExemple.brouillon(jdbc, demandes, horloge, brouillon, DemandeAgrement.PREMIER);

        // the DREETS of another région: not in its list, 404 on the detail and the actions
        UtilisateurConnecte aura = agent("AURA", "REG");
        assertThat(page(aura, "/bo/agrements?siret=" + o.siret())).contains("Aucun agrément");
        mvc.perform(get("/bo/agrements/" + id).with(en(aura))).andExpect(status().isNotFound());
        mvc.perform(post("/bo/agrements/" + id + "/prise-en-charge").param("version", String.valueOf(version(id)))
                .with(csrf()).with(en(aura))).andExpect(status().isNotFound());
        // departmental agents (even of the région, whatever their roles): 403 everywhere
        UtilisateurConnecte ddets = agent("75", "DEP", "DemandeSejour_Ecriture", "Compte");
        mvc.perform(get("/bo/agrements").with(en(ddets))).andExpect(status().isForbidden());
        mvc.perform(get("/bo/agrements/export.csv").with(en(ddets))).andExpect(status().isForbidden());
        mvc.perform(get("/bo/agrements/" + id).with(en(ddets))).andExpect(status().isForbidden());
        mvc.perform(post("/bo/agrements/" + id + "/prise-en-charge").param("version", String.valueOf(version(id)))
                .with(csrf()).with(en(ddets))).andExpect(status().isForbidden());
        assertThat(page(ddets, "/bo")).doesNotContain("/bo/agrements");
        // national agents: every région, read-only
        UtilisateurConnecte national = agent("FRA", "NAT", "Compte");
        String liste = page(national, "/bo/agrements?siret=" + o.siret());
        assertThat(liste).contains("VACANCES POUR TOUS " + o.siret(), "lecture seule").doesNotContain(
                "prise-en-charge");
        assertThat(page(national, "/bo/agrements/" + id)).contains("lecture seule").doesNotContain("Prendre en charge");
        mvc.perform(post("/bo/agrements/" + id + "/prise-en-charge").param("version", String.valueOf(version(id)))
                .with(csrf()).with(en(national))).andExpect(status().isForbidden());
        assertThat(agir(national, id, "completude", null, null, null, PDF).getResponse().getStatus()).isEqualTo(403);
        assertThat(statut(id)).isEqualTo(StatutAgrement.TRANSMIS);
        // drafts are the organiser's: never listed, 404
        assertThat(page(dreets, "/bo/agrements?siret=" + brouillon.siret())).contains("Aucun agrément");
        mvc.perform(get("/bo/agrements/" + draft).with(en(dreets))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/agrements/" + draft).with(en(national))).andExpect(status().isNotFound());
        // organisers have no access to the back office
        mvc.perform(get("/bo/agrements").with(en(o.membre()))).andExpect(status().isForbidden());
        // the menu entry and the home's cards (DDETS: none)
        assertThat(page(dreets, "/bo")).contains("/bo/agrements", "Demandes à prendre en charge",
                "/bo/agrements?statut=A_COMPLETER&amp;statut=A_CORRIGER");
        assertThat(page(ddets, "/bo")).doesNotContain("Demandes à prendre en charge");
        // an agrément declared as already obtained (no request, no timer) is listed and shown, read-only as VALIDE
        OrganismesAgrement.Organisme agree = OrganismesAgrement.nouveau(jdbc, java.time.LocalDate.now().plusYears(2));
        long existant = jdbc.sql("select id from agrement where organisme_id = :o").param("o", agree.id())
                .query(Long.class).single();
        assertThat(page(dreets, "/bo/agrements?siret=" + agree.siret())).contains("AGR-IDF-" + agree.id(), "Validé");
        assertThat(page(dreets, "/bo/agrements/" + existant)).contains("AGR-IDF-" + agree.id(),
                "Agrément déjà obtenu").doesNotContain("Valider l’agrément", "Prendre en charge");
        assertThat(page(national, "/bo/agrements/" + existant)).contains("AGR-IDF-" + agree.id());
    }

    @Test
    void laListeFiltreTrieEtExporteEnCsv() throws Exception {
        OrganismesAgrement.Organisme a = OrganismesAgrement.nouveau(jdbc, null);
        OrganismesAgrement.Organisme b = OrganismesAgrement.nouveau(jdbc, null);
        long ia = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, a, DemandeAgrement.PREMIER);
        long ib = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, b, DemandeAgrement.PREMIER);
        mvc.perform(post("/bo/agrements/" + ib + "/prise-en-charge").param("version", String.valueOf(version(ib)))
                .with(csrf()).with(en(dreets)));
        String siren = a.siret().substring(0, 5);
        // SIRET contained, a status among several, and the name
        assertThat(page(dreets, "/bo/agrements?statut=TRANSMIS&statut=A_COMPLETER&siret=" + a.siret()))
                .contains(a.siret()).doesNotContain(b.siret());
        assertThat(page(dreets, "/bo/agrements?statut=TRANSMIS&siret=" + b.siret())).contains("Aucun agrément");
        assertThat(page(dreets, "/bo/agrements?nom=vacances+pour+tous+" + b.siret())).contains(b.siret())
                .doesNotContain(a.siret());
        // sorted by SIRET both ways
        String croissant = page(dreets, "/bo/agrements?siret=" + siren + "&tri=siret&ordre=asc");
        String decroissant = page(dreets, "/bo/agrements?siret=" + siren + "&tri=siret&ordre=desc");
        String premier = a.siret().compareTo(b.siret()) < 0 ? a.siret() : b.siret();
        String second = premier.equals(a.siret()) ? b.siret() : a.siret();
        assertThat(croissant.indexOf(premier)).isLessThan(croissant.indexOf(second));
        assertThat(decroissant.indexOf(second)).isLessThan(decroissant.indexOf(premier));
        assertThat(croissant).contains("aria-sort=\"ascending\"");
        // the CSV: the columns of spec §2.13, the same filters
        String csv = mvc.perform(get("/bo/agrements/export.csv?statut=PRIS_EN_CHARGE&siret=" + siren)
                .with(en(dreets))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnumero;statut;date_depot;date_obtention;date_fin_validite;"
                + "region_obtention;organisme;siret\r\n");
        assertThat(csv).contains(";PRIS_EN_CHARGE;", ";IDF;VACANCES POUR TOUS " + b.siret() + ";" + b.siret())
                .doesNotContain(a.siret());
        assertThat(ia).isNotEqualTo(ib);
    }
}
