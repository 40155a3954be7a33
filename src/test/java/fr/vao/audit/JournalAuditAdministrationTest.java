package fr.vao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.TestIntegration;

/** The audit trail: hash chain, append-only table, integrity check and the national agents' page. */
class JournalAuditAdministrationTest extends TestIntegration {

    @Autowired
    ApplicationEventPublisher evenements;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ConsultationJournal journal;

    @Test
    void lesEvenementsPubliesFormentUneChaineValide() {
        String acteur = publier(3);
        List<Map<String, Object>> lignes = lignes(acteur);
        assertThat(lignes).hasSize(3);
        for (Map<String, Object> l : lignes) {
            String attendu = JournalAudit.hash((String) l.get("hash_precedent"), ((java.sql.Timestamp) l.get("horodatage")).toInstant().atOffset(java.time.ZoneOffset.UTC),
                    (String) l.get("type"), (String) l.get("acteur"), (String) l.get("cible"),
                    (String) l.get("details"), (String) l.get("adresse_ip"));
            assertThat(l.get("hash")).isEqualTo(attendu);
            String precedent = jdbc.sql("select hash from journal_audit where id < :id order by id desc limit 1")
                    .param("id", l.get("id")).query(String.class).optional().orElse(JournalAudit.ORIGINE);
            assertThat(l.get("hash_precedent")).isEqualTo(precedent);
        }
        assertThat(journal.verifier().integre()).isTrue();
        assertThat(journal.verifier().verifiees()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void laBaseRefuseModificationSuppressionEtVidage() {
        String acteur = publier(1);
        long id = (Long) lignes(acteur).get(0).get("id");
        assertThatThrownBy(() -> jdbc.sql("update journal_audit set details = 'falsifié' where id = :id")
                .param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ajout seul");
        assertThatThrownBy(() -> jdbc.sql("delete from journal_audit where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ajout seul");
        assertThatThrownBy(() -> jdbc.sql("truncate journal_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ajout seul");
        assertThat(lignes(acteur).get(0).get("details")).isEqualTo("Essai 0");
    }

    @Test
    void uneLigneAltereeEstDetecteeParLaVerification() throws Exception {
        String acteur = publier(2);
        long id = (Long) lignes(acteur).get(0).get("id");
        String original = (String) lignes(acteur).get(0).get("details");
        assertThat(journal.verifier().integre()).isTrue();
        jdbc.sql("alter table journal_audit disable trigger journal_audit_sans_modification").update();
        try {
            jdbc.sql("update journal_audit set details = 'falsifié' where id = :id").param("id", id).update();
            ConsultationJournal.Verification verification = journal.verifier();
            assertThat(verification.integre()).isFalse();
            assertThat(verification.premiereAlteree()).isEqualTo(id);

            mvc.perform(post("/bo/administration/audit/verification").with(csrf()).with(authentication(agent("NAT"))))
                    .andExpect(redirectedUrl("/bo/administration/audit"))
                    .andExpect(flash().attribute("erreur", containsString("la ligne n° " + id + " ne correspond")));
        } finally {
            jdbc.sql("update journal_audit set details = :details where id = :id").param("details", original)
                    .param("id", id).update();
            jdbc.sql("alter table journal_audit enable trigger journal_audit_sans_modification").update();
        }
        assertThat(journal.verifier().integre()).isTrue();
        mvc.perform(post("/bo/administration/audit/verification").with(csrf()).with(authentication(agent("NAT"))))
                .andExpect(flash().attribute("succes", containsString("Le journal est intègre")));
        assertThatThrownBy(() -> jdbc.sql("update journal_audit set details = 'x' where id = :id").param("id", id)
                .update()).as("le déclencheur est réactivé").isInstanceOf(DataAccessException.class);
    }

    @Test
    void laPageFiltreEtExporteLesEvenements() throws Exception {
        String acteur = publier(2);
        mvc.perform(get("/bo/administration/audit").param("acteur", acteur).param("type", "COMPTE_MODIFIE")
                .with(authentication(agent("NAT"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 événements")))
                .andExpect(content().string(containsString("<td>" + acteur + "</td>")))
                .andExpect(content().string(containsString("Vérifier l’intégrité")));
        mvc.perform(get("/bo/administration/audit").param("acteur", acteur).param("type", "CONNEXION")
                .with(authentication(agent("NAT"))))
                .andExpect(content().string(containsString("Aucun événement")))
                .andExpect(content().string(not(containsString("<td>" + acteur + "</td>"))));
        mvc.perform(get("/bo/administration/audit/export.csv").param("acteur", acteur)
                .with(authentication(agent("NAT"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Numéro;Date;Type;Acteur;Cible")))
                .andExpect(content().string(containsString("COMPTE_MODIFIE;" + acteur + ";FO:1 cible@test-audit.fr;Essai 1")));
    }

    @Test
    void seulsLesAgentsNationauxAccedentAuJournal() throws Exception {
        for (String niveau : new String[] {"REG", "DEP"}) {
            mvc.perform(get("/bo/administration/audit").with(authentication(agent(niveau))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/bo/administration/audit/export.csv").with(authentication(agent(niveau))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/bo/administration/audit/verification").with(csrf())
                    .with(authentication(agent(niveau))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/bo/administration/audit")).andExpect(redirectedUrl("/bo/connexion"));
    }

    /** Publishes n events in one transaction, waits for them in the log and returns their unique actor. */
    private String publier(int n) {
        String acteur = "BO:1 audit-" + UUID.randomUUID() + "@test-audit.fr";
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < n; i++) {
                evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.COMPTE_MODIFIE, Instant.now(), acteur,
                        "FO:1 cible@test-audit.fr", "Essai " + i, "127.0.0.1"));
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> lignes(acteur).size() == n);
        return acteur;
    }

    private List<Map<String, Object>> lignes(String acteur) {
        return jdbc.sql("select * from journal_audit where acteur = :acteur order by id").param("acteur", acteur)
                .query().listOfRows();
    }

    static UsernamePasswordAuthenticationToken agent(String niveau) {
        UtilisateurConnecte agent = new UtilisateurConnecte(Portail.BO, 900_002, "agent-" + niveau.toLowerCase()
                + "@test-audit.fr", "Agent", "Test", Set.of(), "NAT".equals(niveau) ? "FRA" : "IDF", niveau);
        return UsernamePasswordAuthenticationToken.authenticated(agent, null,
                List.of(new SimpleGrantedAuthority("ROLE_AGENT"), new SimpleGrantedAuthority("NIVEAU_" + niveau)));
    }
}
