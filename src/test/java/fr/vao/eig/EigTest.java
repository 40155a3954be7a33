package fr.vao.eig;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.vao.compte.RolesOrganisateurs;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.SejoursPourEig;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The EIG of spec §2.9 through the pages of both portals: the 4 steps and their rules, the submission with its
 * mails E1–E4, the reads of the DDETS and the DREETS (E5, LU), the history on the déclaration, the audit, the
 * visibility of ADR 0023 and the authorization of every role.
 */
class EigTest extends TestIntegration {

    static final String DEROULEMENT = "Chute dans l’escalier du gîte vers 22 h, secours appelés.";

    @Autowired
    EnvoiCourriels envoi;

    @Autowired
    ConsultationEig consultation;

    LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
    }

    MvcResult poster(UtilisateurConnecte u, String chemin, Map<String, String> champs) throws Exception {
        MockHttpServletRequestBuilder r = post(chemin).with(csrf()).with(en(u));
        champs.forEach(r::param);
        return mvc.perform(r).andReturn();
    }

    MvcResult lire(UtilisateurConnecte u, String chemin) throws Exception {
        return mvc.perform(get(chemin).with(en(u))).andReturn();
    }

    int version(long id) {
        return jdbc.sql("select version from eig where id = :id").param("id", id).query(Integer.class).single();
    }

    String statut(long id) {
        return jdbc.sql("select statut from eig where id = :id").param("id", id).query(String.class).single();
    }

    /** A stay running since 3 days, for 10 days, in 75 then 92. */
    long sejour(SejoursPourEig.Organisateur o) {
        return SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", aujourdhui().minusDays(3),
                aujourdhui().plusDays(7));
    }

    /** A draft with its 3 first steps filled in, through the pages; the incident in {@code departement}. */
    long brouillonComplet(SejoursPourEig.Organisateur o, long sejour, String departement) throws Exception {
        MvcResult r = poster(o.membre(), "/eig/nouveau", Map.of("declarationId", "" + sejour, "departement",
                departement, "dateIncident", aujourdhui().minusDays(1).toString()));
        assertThat(r.getResponse().getRedirectedUrl()).matches("/eig/\\d+/types");
        long id = Long.parseLong(r.getResponse().getRedirectedUrl().split("/")[2]);
        assertThat(poster(o.membre(), "/eig/" + id + "/types", Map.of("version", "" + version(id), "types",
                "ACCIDENT_CORPOREL")).getResponse().getRedirectedUrl()).isEqualTo("/eig/" + id + "/renseignements");
        MockHttpServletRequestBuilder t = post("/eig/" + id + "/types").with(csrf()).with(en(o.membre()))
                .param("version", "" + version(id)).param("types", "ACCIDENT_CORPOREL", "SECURITE_AUTRE")
                .param("precisionSecurite", "Porte de secours bloquée");
        assertThat(mvc.perform(t).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/eig/" + id + "/renseignements");
        MockHttpServletRequestBuilder g = post("/eig/" + id + "/renseignements").with(csrf()).with(en(o.membre()))
                .param("version", "" + version(id)).param("membres", "0").param("nom", "Durand")
                .param("prenom", "Alice").param("competence", "Animatrice").param("deroulement", DEROULEMENT)
                .param("dispositionRemediation", "Rampe réparée le lendemain.")
                .param("dispositionVictimes", "Vacancier conduit aux urgences, suivi assuré.")
                .param("dispositionInformations", "Famille prévenue le soir même par téléphone.");
        assertThat(mvc.perform(g).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/eig/" + id + "/recapitulatif");
        return id;
    }

    @Test
    void declarationTransmissionLecturesDdetsEtDreetsPuisLu() throws Exception {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        String ddets = SejoursPourEig.agent(jdbc, "75", RolesAgent.EIG);
        String dreets = SejoursPourEig.agent(jdbc, "IDF", RolesAgent.EIG);
        String ddets75SansEig = SejoursPourEig.agent(jdbc, "75", RolesAgent.DS_ECRITURE);
        long sejour = sejour(o);
        long id = brouillonComplet(o, sejour, "75");
        assertThat(statut(id)).isEqualTo("BROUILLON");

        // step 4: other recipients, then the submission without and with the certification
        assertThat(poster(o.membre(), "/eig/" + id + "/recapitulatif", Map.of("version", "" + version(id),
                "emailsAutres", "tuteur-eig@famille.vao.test")).getResponse().getRedirectedUrl())
                .isEqualTo("/eig/" + id + "/recapitulatif");
        MvcResult sans = poster(o.membre(), "/eig/" + id + "/transmettre", Map.of("version", "" + version(id)));
        assertThat(sans.getResponse().getStatus()).isEqualTo(200);
        assertThat(sans.getResponse().getContentAsString()).contains("Cochez la certification");
        assertThat(statut(id)).isEqualTo("BROUILLON");
        assertThat(poster(o.membre(), "/eig/" + id + "/transmettre", Map.of("version", "" + version(id),
                "atteste", "true")).getResponse().getRedirectedUrl()).isEqualTo("/eig");
        assertThat(statut(id)).isEqualTo("ENVOYE");
        assertThat(jdbc.sql("select territoire from eig_visibilite where eig_id = :id order by territoire")
                .param("id", id).query(String.class).list()).containsExactly("75", "FRA", "IDF");
        assertThat(SejoursPourEig.historique(jdbc, sejour)).containsExactly("eig_depot Paul Martin");

        // E1–E4
        String sujet = "Déclaration d’un Evènement indésirable grave par SEJOURS ADAPTES EIG " + o.organismeId();
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, ddets)).containsExactly(sujet);
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, dreets)).containsExactly(sujet);
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, ddets75SansEig)).isEmpty();
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, "contact@sejours.vao.test")).contains(sujet);
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, "responsable-eig@sejours.vao.test")).contains(sujet);
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, "tuteur-eig@famille.vao.test")).containsExactly(sujet);
        String corpsDdets = jdbc.sql("select corps_texte from courriel where destinataires like :d")
                .param("d", "%" + ddets + "%").query(String.class).single();
        assertThat(corpsDdets).contains("DREETS de la région IDF").contains("Accident corporel")
                .contains("Autre (sécurité) : Porte de secours bloquée").contains("Séjour EIG à la mer");
        assertThat(corpsDdets).doesNotContain(DEROULEMENT);

        // a submitted EIG is frozen
        MvcResult fige = poster(o.membre(), "/eig/" + id + "/types", Map.of("version", "" + version(id), "types",
                "FUGUE"));
        assertThat(fige.getResponse().getRedirectedUrl()).isEqualTo("/eig/" + id);
        assertThat(fige.getFlashMap().get("erreur")).isEqualTo("eig.refus.non-brouillon");
        assertThat(jdbc.sql("select count(*) from eig_eig_type where eig_id = :id and type_code = 'FUGUE'")
                .param("id", id).query(Integer.class).single()).isZero();

        // the DDETS 75: counter, confirmation before the content, then read
        UtilisateurConnecte agentDdets = Connectes.agent(SejoursPourEig.idAgent(jdbc, ddets), "75", "DEP",
                RolesAgent.EIG);
        assertThat(consultation.aLire(agentDdets)).isGreaterThanOrEqualTo(1);
        long avant = consultation.aLire(agentDdets);
        MvcResult confirmation = lire(agentDdets, "/bo/eig/" + id);
        assertThat(confirmation.getResponse().getContentAsString()).contains("Consultation d’un EIG")
                .doesNotContain(DEROULEMENT);
        assertThat(lire(agentDdets, "/bo/eig/" + id + "/synthese-eig-" + id + ".pdf").getResponse().getStatus())
                .isEqualTo(409);
        assertThat(poster(agentDdets, "/bo/eig/" + id + "/lecture", Map.of()).getResponse().getRedirectedUrl())
                .isEqualTo("/bo/eig/" + id);
        assertThat(consultation.aLire(agentDdets)).isEqualTo(avant - 1);
        assertThat(statut(id)).isEqualTo("ENVOYE");
        assertThat(lire(agentDdets, "/bo/eig/" + id).getResponse().getContentAsString()).contains(DEROULEMENT)
                .contains("Lu par la DDETS 75").contains("Non lu par la DREETS IDF");
        MvcResult pdf = lire(agentDdets, "/bo/eig/" + id + "/synthese-eig-" + id + ".pdf");
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("synthese-eig-" + id + ".pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, o.email()))
                .containsExactly("Consultation de votre EIG déposé sur la plateforme VAO");

        // the DREETS IDF: LU
        UtilisateurConnecte agentDreets = Connectes.agent(SejoursPourEig.idAgent(jdbc, dreets), "IDF", "REG",
                RolesAgent.EIG);
        poster(agentDreets, "/bo/eig/" + id + "/lecture", Map.of());
        assertThat(statut(id)).isEqualTo("LU");
        assertThat(SejoursPourEig.historique(jdbc, sejour)).containsExactly("eig_depot Paul Martin",
                "eig_lecture DDETS 75", "eig_lecture DREETS IDF");
        assertThat(SejoursPourEig.sujetsRecus(envoi, SMTP, o.email())).hasSize(2);
        // a second confirmation changes nothing
        poster(agentDreets, "/bo/eig/" + id + "/lecture", Map.of());
        assertThat(SejoursPourEig.historique(jdbc, sejour)).hasSize(3);

        // both lists, and the EIG tab of the déclaration in both portals
        assertThat(lire(o.membre(), "/eig?statut=LU").getResponse().getContentAsString()).contains("Séjour EIG à la mer");
        assertThat(lire(agentDreets, "/bo/eig?type=SECURITE_AUTRE").getResponse().getContentAsString())
                .contains("EIG n° " + id);
        assertThat(lire(agentDreets, "/bo/eig?type=FUGUE").getResponse().getContentAsString())
                .doesNotContain("EIG n° " + id);
        assertThat(lire(agentDreets, "/bo/eig/export.csv").getResponse().getContentAsString())
                .contains("Accident corporel");
        UtilisateurConnecte ds = Connectes.agent(SejoursPourEig.idAgent(jdbc, dreets), "IDF", "REG",
                RolesAgent.EIG, RolesAgent.DS_LECTURE);
        assertThat(lire(ds, "/bo/sejours/" + sejour).getResponse().getContentAsString()).contains("onglet-eig")
                .contains("/bo/eig/" + id);
        assertThat(lire(o.membre(), "/sejours/" + sejour + "/synthese").getResponse().getContentAsString())
                .contains("onglet-eig").contains("/eig/" + id);

        // the audit: creation, changes, submission, reads; never the clear text
        assertThat(attendreAudit("EIG_TRANSMIS", id)).isTrue();
        assertThat(attendreAudit("EIG_MARQUE_LU", id)).isTrue();
        assertThat(attendreAudit("EIG_CONSULTE", id)).isTrue();
        assertThat(attendreAudit("EIG_CREE", id)).isTrue();
        assertThat(jdbc.sql("select count(*) from journal_audit where cible = :c and details like :t")
                .param("c", "EIG:" + id).param("t", "%escalier%").query(Integer.class).single()).isZero();
    }

    private boolean attendreAudit(String type, long id) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (jdbc.sql("select count(*) from journal_audit where type = :t and cible = :c").param("t", type)
                    .param("c", "EIG:" + id).query(Integer.class).single() > 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void reglesDesEtapes() throws Exception {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        long sejour = sejour(o);
        // step 1: a date outside the stay, a département without hébergement
        MvcResult r = poster(o.membre(), "/eig/nouveau", Map.of("declarationId", "" + sejour, "departement", "69",
                "dateIncident", aujourdhui().plusDays(30).toString()));
        assertThat(r.getResponse().getContentAsString()).contains("Saisissez une date comprise entre le début")
                .contains("Choisissez un département parmi ceux des hébergements");
        // a stay not yet registered at 8 days is not eligible
        long tot = SejoursPourEig.declaration(jdbc, o, "EN COURS", aujourdhui().minusDays(3), aujourdhui());
        assertThat(poster(o.membre(), "/eig/nouveau", Map.of("declarationId", "" + tot, "departement", "75",
                "dateIncident", aujourdhui().toString())).getResponse().getContentAsString())
                .contains("Ce séjour ne permet plus de déclarer un EIG.");
        assertThat(jdbc.sql("select count(*) from eig where declaration_id = :d").param("d", tot)
                .query(Integer.class).single()).isZero();
        long id = brouillonComplet(o, sejour, "92");
        // step 2: "Autre" without précision, VIOLS inactive
        MockHttpServletRequestBuilder t = post("/eig/" + id + "/types").with(csrf()).with(en(o.membre()))
                .param("version", "" + version(id)).param("types", "VICTIMES_AUTRE").param("precisionVictimes", "abc");
        assertThat(mvc.perform(t).andReturn().getResponse().getContentAsString())
                .contains("Précisez l’événement « Autre » en 5 caractères au moins");
        assertThat(poster(o.membre(), "/eig/" + id + "/types", Map.of("version", "" + version(id), "types",
                "VIOLS")).getResponse().getContentAsString()).contains("n’est pas sélectionnable");
        assertThat(poster(o.membre(), "/eig/" + id + "/types", Map.of("version", "" + version(id)))
                .getResponse().getContentAsString()).contains("Cochez au moins un type");
        // step 3: texts of 5 characters at least, at least one person
        assertThat(poster(o.membre(), "/eig/" + id + "/renseignements", Map.of("version", "" + version(id),
                "deroulement", "abc")).getResponse().getContentAsString())
                .contains("Saisissez 5 caractères au moins").contains("Indiquez au moins une personne");
        // a stale version is refused
        assertThat(poster(o.membre(), "/eig/" + id + "/types", Map.of("version", "" + (version(id) - 1), "types",
                "FUGUE")).getResponse().getRedirectedUrl()).isEqualTo("/eig/" + id);
        assertThat(jdbc.sql("select count(*) from eig_eig_type where eig_id = :id and type_code = 'FUGUE'")
                .param("id", id).query(Integer.class).single()).isZero();
        // the draft is deleted
        assertThat(lire(o.membre(), "/eig/" + id + "/suppression").getResponse().getStatus()).isEqualTo(200);
        poster(o.membre(), "/eig/" + id + "/suppression", Map.of("version", "" + version(id)));
        assertThat(jdbc.sql("select count(*) from eig where id = :id").param("id", id).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void autorisations() throws Exception {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        long sejour = sejour(o);
        long brouillon = brouillonComplet(o, sejour, "92");
        long envoye = brouillonComplet(o, sejour, "92");
        poster(o.membre(), "/eig/" + envoye + "/transmettre", Map.of("version", "" + version(envoye), "atteste",
                "true"));
        assertThat(statut(envoye)).isEqualTo("ENVOYE");

        // an organiser of the organisme without EIG role: 403 everywhere
        SejoursPourEig.Organisateur sansRole = SejoursPourEig.organisateur(jdbc);
        UtilisateurConnecte collegue = new UtilisateurConnecte(sansRole.membre().portail(), sansRole.membre().id(),
                sansRole.email(), "A", "B", java.util.Set.of(), "IDF", null);
        jdbc.sql("update organisme_membre set organisme_id = :o where organisateur_id = :u")
                .param("o", o.organismeId()).param("u", collegue.id()).update();
        assertThat(lire(collegue, "/eig").getResponse().getStatus()).isEqualTo(403);
        assertThat(lire(collegue, "/eig/" + envoye).getResponse().getStatus()).isEqualTo(403);
        assertThat(poster(collegue, "/eig/nouveau", Map.of("declarationId", "" + sejour, "departement", "75",
                "dateIncident", aujourdhui().toString())).getResponse().getStatus()).isEqualTo(403);
        assertThat(lire(collegue, "/sejours/" + sejour + "/synthese").getResponse().getContentAsString())
                .doesNotContain("onglet-eig");
        // Eig_Lecture: reads, does not write
        jdbc.sql("insert into organisateur_role (organisateur_id, role, accorde_le) values (:u, 'Eig_Lecture', now())")
                .param("u", collegue.id()).update();
        assertThat(lire(collegue, "/eig/" + envoye).getResponse().getContentAsString()).contains(DEROULEMENT);
        assertThat(lire(collegue, "/eig/" + brouillon).getResponse().getStatus()).isEqualTo(200);
        assertThat(poster(collegue, "/eig/" + brouillon + "/suppression", Map.of("version", "" + version(brouillon)))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(lire(collegue, "/eig/nouveau").getResponse().getStatus()).isEqualTo(403);

        // an organiser of another organisation, with Eig_Ecriture: as if it did not exist
        SejoursPourEig.Organisateur autre = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        assertThat(lire(autre.membre(), "/eig/" + envoye).getResponse().getStatus()).isEqualTo(404);
        assertThat(poster(autre.membre(), "/eig/" + brouillon + "/suppression", Map.of("version",
                "" + version(brouillon))).getResponse().getStatus()).isEqualTo(404);
        assertThat(poster(autre.membre(), "/eig/nouveau", Map.of("declarationId", "" + sejour, "departement", "75",
                "dateIncident", aujourdhui().toString())).getResponse().getStatus()).isEqualTo(404);
        assertThat(lire(autre.membre(), "/eig").getResponse().getContentAsString()).doesNotContain("Séjour EIG à la mer");
        assertThat(jdbc.sql("select count(*) from eig where id = :id").param("id", brouillon).query(Integer.class)
                .single()).isOne();

        // agents: the DDETS of the incident (92) reads; the DDETS 75 follows the stay: sees it, does not mark it
        UtilisateurConnecte dep92 = Connectes.agent(1_000_092, "92", "DEP", RolesAgent.EIG);
        UtilisateurConnecte dep75 = Connectes.agent(1_000_075, "75", "DEP", RolesAgent.EIG);
        UtilisateurConnecte dep69 = Connectes.agent(1_000_069, "69", "DEP", RolesAgent.EIG);
        UtilisateurConnecte aura = Connectes.agent(1_000_084, "AURA", "REG", RolesAgent.EIG);
        UtilisateurConnecte sansEig = Connectes.agent(1_000_093, "92", "DEP", RolesAgent.DS_ECRITURE,
                RolesAgent.DS_LECTURE);
        UtilisateurConnecte national = Connectes.agent(1_000_001, "FRA", "NAT", RolesAgent.EIG);
        assertThat(lire(dep92, "/bo/eig/" + envoye).getResponse().getContentAsString())
                .contains("Consultation d’un EIG");
        assertThat(lire(dep75, "/bo/eig/" + envoye).getResponse().getContentAsString()).contains(DEROULEMENT);
        poster(dep75, "/bo/eig/" + envoye + "/lecture", Map.of());
        assertThat(jdbc.sql("select lu_ddets from eig where id = :id").param("id", envoye).query(Boolean.class)
                .single()).isFalse();
        assertThat(lire(national, "/bo/eig/" + envoye).getResponse().getContentAsString()).contains(DEROULEMENT);
        assertThat(lire(national, "/bo/eig").getResponse().getContentAsString()).contains("EIG n° " + envoye);
        assertThat(lire(dep69, "/bo/eig/" + envoye).getResponse().getStatus()).isEqualTo(404);
        assertThat(poster(dep69, "/bo/eig/" + envoye + "/lecture", Map.of()).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(lire(dep69, "/bo/eig").getResponse().getContentAsString()).doesNotContain("EIG n° " + envoye);
        assertThat(lire(aura, "/bo/eig/" + envoye).getResponse().getStatus()).isEqualTo(404);
        assertThat(lire(aura, "/bo/eig/" + envoye + "/synthese-eig-" + envoye + ".pdf").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(lire(sansEig, "/bo/eig").getResponse().getStatus()).isEqualTo(403);
        assertThat(lire(sansEig, "/bo/eig/" + envoye).getResponse().getStatus()).isEqualTo(403);
        // a draft is never shown to agents
        assertThat(lire(national, "/bo/eig/" + brouillon).getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select lu_ddets or lu_dreets from eig where id = :id").param("id", envoye)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void personneAutreQueLesDeuxServicesNeMarquePasLu() {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        UtilisateurConnecte national = Connectes.agent(1_000_002, "FRA", "NAT", RolesAgent.EIG);
        long sejour = sejour(o);
        long id = jdbc.sql("""
                insert into eig (statut, declaration_id, organisme_id, auteur_id, departement, region_agrement,
                    date_incident, sejour_libelle, sejour_debut, sejour_fin, date_depot, cree_le, modifie_le)
                values ('ENVOYE', :d, :o, 0, '75', 'IDF', current_date, 'x', current_date, current_date + 1, now(),
                    now(), now()) returning id""").param("d", sejour).param("o", o.organismeId())
                .query(Long.class).single();
        jdbc.sql("insert into eig_visibilite (territoire, eig_id, date_depot) values ('FRA', :id, now())")
                .param("id", id).update();
        assertThatThrownBy(() -> consultation.marquerLu(national, id)).isInstanceOf(EigRefuseException.class);
        assertThat(List.of(statut(id))).containsExactly("ENVOYE");
    }
}
