package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.compte.agent.RolesAgent;
import fr.vao.notification.EnvoiCourriels;
import fr.vao.sejour.SejoursPourEig;
import fr.vao.support.TestIntegration;

/**
 * The daily job of the injunctions, driven by the clock: the organiser at D-7 and the agents on the due date, each
 * once, a missed day caught up; nothing for an injunction settled or of a report not sent.
 */
class TachesInjonctionsTest extends TestIntegration {

    @Autowired
    TachesInjonctions taches;

    @Autowired
    EnvoiCourriels envoi;

    SejoursPourEig.Organisateur o;
    String agent;
    long sejour;

    LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void donnees() {
        o = SejoursPourEig.organisateur(jdbc);
        sejour = SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", aujourdhui().minusDays(2),
                aujourdhui().plusDays(8));
        agent = SejoursPourEig.agent(jdbc, "75", RolesAgent.CONTROLE);
    }

    /** An inspection in this state with one injunction due in {@code jours} days; returns the injunction. */
    long injonction(String statut, int jours) {
        long agentId = SejoursPourEig.idAgent(jdbc, agent);
        long i = jdbc.sql("""
                insert into inspection (declaration_id, organisme_id, hebergement_id, departement, statut, annoncee,
                    date_prevue, date_realisee, rapport_envoye_le, cree_par, cree_le, modifie_le, conclusion)
                values (:d, :o, :h, '75', :statut, true, :jour, :jour, now(), :a, now(), now(), 'INJONCTION')
                returning id""").param("d", sejour).param("o", o.organismeId()).param("h", o.paris())
                .param("statut", statut).param("jour", aujourdhui()).param("a", agentId).query(Long.class).single();
        jdbc.sql("insert into inspection_agent (inspection_id, agent_id) values (:i, :a)").param("i", i)
                .param("a", agentId).update();
        return jdbc.sql("""
                insert into injonction (inspection_id, texte, echeance, cree_le, modifie_le)
                values (:i, 'Réparer la rampe', :e, now(), now()) returning id""").param("i", i)
                .param("e", aujourdhui().plusDays(jours)).query(Long.class).single();
    }

    OffsetDateTime rappel(long injonction, String colonne) {
        return jdbc.sql("select " + colonne + " from injonction where id = :id").param("id", injonction)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
    }

    List<String> recus(String email) {
        return SejoursPourEig.sujetsRecus(envoi, SMTP, email);
    }

    @Test
    void organisateurAJMoinsSeptPuisAgentALEcheanceChacunUneFois() {
        long j = injonction("RAPPORT_ENVOYE", 10);
        taches.rappeler();
        assertThat(rappel(j, "rappel_organisateur_le")).isNull();
        assertThat(rappel(j, "rappel_agent_le")).isNull();

        // D-7: the organiser, once
        horloge.avancer(Duration.ofDays(3));
        assertThat(taches.rappeler().erreurs()).isEmpty();
        assertThat(rappel(j, "rappel_organisateur_le")).isNotNull();
        assertThat(rappel(j, "rappel_agent_le")).isNull();
        taches.rappeler();
        String sujet = "Rappel : injonction à lever avant le "
                + aujourdhui().plusDays(7).format(GestionInspections.JOUR);
        assertThat(recus(o.email())).containsOnlyOnce(sujet);
        assertThat(recus(agent)).isEmpty();

        // the job did not run on the due date: caught up two days later, once
        horloge.avancer(Duration.ofDays(9));
        taches.rappeler();
        taches.rappeler();
        assertThat(rappel(j, "rappel_agent_le")).isNotNull();
        assertThat(recus(agent)).containsExactly("Échéance d’une injonction : séjour "
                + jdbc.sql("select numero from declaration_sejour where id = :id").param("id", sejour)
                        .query(String.class).single());
        assertThat(recus(o.email())).containsOnlyOnce(sujet);
    }

    @Test
    void rienPourUneInjonctionRegleeNiAvantLEnvoiDuRapport() {
        long reglee = injonction("RAPPORT_ENVOYE", 2);
        jdbc.sql("update injonction set statut = 'LEVEE' where id = :id").param("id", reglee).update();
        long avantRapport = injonction("REALISEE", 2);
        horloge.avancer(Duration.ofDays(5));
        taches.rappeler();
        assertThat(rappel(reglee, "rappel_organisateur_le")).isNull();
        assertThat(rappel(reglee, "rappel_agent_le")).isNull();
        assertThat(rappel(avantRapport, "rappel_organisateur_le")).isNull();
        assertThat(rappel(avantRapport, "rappel_agent_le")).isNull();
        assertThat(recus(o.email())).isEmpty();
        assertThat(recus(agent)).isEmpty();
    }
}
