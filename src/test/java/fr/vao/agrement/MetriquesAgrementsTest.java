package fr.vao.agrement;

import static fr.vao.agrement.ActionAgrement.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.Prometheus;
import fr.vao.support.TestIntegration;

/** {@code vao_agrements_transmis_total} and {@code vao_agrements_decisions_total} along a request's cycle. */
class MetriquesAgrementsTest extends TestIntegration {

    @Autowired
    CycleAgrement cycle;
    @Autowired
    DemandesAgrement demandes;

    private double transmis(String envoi) throws Exception {
        return Prometheus.valeur(mvc, "vao_agrements_transmis_total", "envoi", envoi);
    }

    private double decisions(String decision) throws Exception {
        return Prometheus.valeur(mvc, "vao_agrements_decisions_total", "decision", decision);
    }

    private DemandeAgrement agir(DemandeAgrement a, ActionAgrement action, AuteurAgrement auteur) {
        return cycle.appliquer(a.id(), a.version(), action, auteur, "Un commentaire de plus de vingt caractères",
                null);
    }

    @Test
    void lesTransmissionsEtLesDecisionsSontComptees() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, LocalDate.now().plusMonths(4));
        AuteurAgrement usager = new AuteurAgrement(o.membre().id(), null, AuteurAgrement.SOURCE_USAGER, "FO:1",
                "Claire Bernard");
        AuteurAgrement dreets = new AuteurAgrement(null, 42L, "DREETS IDF", "BO:42", "Marc Agent");
        double premiers = transmis("premier");
        double renvois = transmis("renvoi");
        double corrections = decisions("corrections");
        double refusees = decisions("refusee");

        long id = demandes.creer(o.id(), DemandeAgrement.RENOUVELLEMENT, "IDF", o.membre().id(),
                OffsetDateTime.now(horloge));
        DemandeAgrement a = agir(cycle.trouver(id).orElseThrow(), TRANSMETTRE, usager);
        assertThat(transmis("premier")).isEqualTo(premiers + 1);
        a = agir(agir(agir(a, PRENDRE_EN_CHARGE, dreets), CONFIRMER_COMPLETUDE, dreets), DEMANDER_CORRECTIONS, dreets);
        assertThat(decisions("corrections")).isEqualTo(corrections + 1);
        a = agir(a, TRANSMETTRE, usager);
        assertThat(transmis("renvoi")).isEqualTo(renvois + 1);
        assertThat(transmis("premier")).isEqualTo(premiers + 1);
        a = agir(a, REFUSER, dreets);
        assertThat(a.statut()).isEqualTo(StatutAgrement.REFUSE);
        assertThat(decisions("refusee")).isEqualTo(refusees + 1);
    }
}
