package fr.vao.agrement;

import static fr.vao.agrement.ActionAgrement.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.TestIntegration;

/** The cycle of a renewal request on a real database: dates, timer, history, replacement of the active agrément. */
class CycleAgrementTest extends TestIntegration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    CycleAgrement cycle;
    @Autowired
    DemandesAgrement demandes;

    private void leJour(LocalDate jour) {
        horloge.regler(jour.atTime(10, 0).atZone(PARIS).toInstant());
    }

    private DemandeAgrement agir(DemandeAgrement a, ActionAgrement action, AuteurAgrement auteur, String numero) {
        return cycle.appliquer(a.id(), a.version(), action, auteur, "Un commentaire de plus de vingt caractères",
                numero);
    }

    @Test
    void unRenouvellementDeLaTransmissionALaValidation() {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, LocalDate.of(2027, 6, 1));
        long ancien = jdbc.sql("select id from agrement where organisme_id = :o").param("o", o.id())
                .query(Long.class).single();
        AuteurAgrement usager = new AuteurAgrement(o.membre().id(), null, AuteurAgrement.SOURCE_USAGER, "FO:1",
                "Claire Bernard");
        AuteurAgrement dreets = new AuteurAgrement(null, 42L, "DREETS IDF", "BO:42", "Marc Agent");
        leJour(LocalDate.of(2027, 1, 4));
        long id = demandes.creer(o.id(), DemandeAgrement.RENOUVELLEMENT, "IDF", o.membre().id(),
                OffsetDateTime.now(horloge));
        DemandeAgrement a = agir(cycle.trouver(id).orElseThrow(), TRANSMETTRE, usager, null);
        assertThat(a.dateDepot()).isEqualTo(LocalDate.of(2027, 1, 4));
        a = agir(a, PRENDRE_EN_CHARGE, dreets, null);
        assertThat(a.agentId()).isEqualTo(42L);
        leJour(LocalDate.of(2027, 1, 10));
        a = agir(a, CONFIRMER_COMPLETUDE, dreets, null);
        assertThat(cycle.delai(id).orElseThrow().joursRestants(LocalDate.of(2027, 1, 10))).isEqualTo(59);
        leJour(LocalDate.of(2027, 1, 20));
        a = agir(a, DEMANDER_CORRECTIONS, dreets, null);
        assertThat(cycle.delai(id).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.PAUSED);
        leJour(LocalDate.of(2027, 2, 1));
        a = agir(a, TRANSMETTRE, usager, null);
        assertThat(a.statut()).isEqualTo(StatutAgrement.EN_INSTRUCTION);
        assertThat(a.dateDepot()).as("the first dépôt stays").isEqualTo(LocalDate.of(2027, 1, 4));
        DelaiSva delai = cycle.delai(id).orElseThrow();
        assertThat(delai.etat()).isEqualTo(DelaiSva.Etat.RUNNING);
        assertThat(delai.joursRestants(LocalDate.of(2027, 2, 1))).isEqualTo(49);

        leJour(LocalDate.of(2027, 2, 15));
        a = agir(a, VALIDER, dreets, " AGR-2027-IDF-001 ");
        assertThat(a.statut()).isEqualTo(StatutAgrement.VALIDE);
        assertThat(a.numero()).isEqualTo("AGR-2027-IDF-001");
        assertThat(a.dateObtention()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(a.dateFinValidite()).isEqualTo(LocalDate.of(2032, 2, 15));
        assertThat(cycle.delai(id).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.STOPPED);
        assertThat(jdbc.sql("select supprime from agrement where id = :id").param("id", ancien)
                .query(Boolean.class).single()).as("the previous agrément is replaced").isTrue();
        assertThat(cycle.historique(id)).extracting(EntreeHistoriqueAgrement::type).containsExactly(
                TypeHistoriqueAgrement.VALIDATION, TypeHistoriqueAgrement.TRANSMISSION,
                TypeHistoriqueAgrement.VERIFICATION, TypeHistoriqueAgrement.STATUT_CHANGE,
                TypeHistoriqueAgrement.PRISE_EN_CHARGE, TypeHistoriqueAgrement.TRANSMISSION);
        assertThat(cycle.historique(id).get(0)).extracting(EntreeHistoriqueAgrement::source,
                EntreeHistoriqueAgrement::auteur).containsExactly("DREETS IDF", "Marc Agent");
        assertThat(cycle.historique(id).get(5).auteur()).isEqualTo("Claire Bernard");
    }

    @Test
    void uneActionSurUneVersionPerimeeOuInterditeNeChangeRien() {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        AuteurAgrement usager = new AuteurAgrement(o.membre().id(), null, AuteurAgrement.SOURCE_USAGER, "FO:1",
                "Claire Bernard");
        long id = demandes.creer(o.id(), DemandeAgrement.PREMIER, "IDF", o.membre().id(),
                OffsetDateTime.now(horloge));
        DemandeAgrement brouillon = cycle.trouver(id).orElseThrow();
        agir(brouillon, TRANSMETTRE, usager, null);
        assertThatThrownBy(() -> agir(brouillon, TRANSMETTRE, usager, null))
                .isInstanceOf(AgrementModifieException.class);
        DemandeAgrement transmis = cycle.trouver(id).orElseThrow();
        assertThatThrownBy(() -> agir(transmis, VALIDER, usager, "AGR-1"))
                .isInstanceOf(TransitionAgrementInterditeException.class);
        assertThat(cycle.trouver(id).orElseThrow().statut()).isEqualTo(StatutAgrement.TRANSMIS);
        assertThat(cycle.historique(id)).hasSize(1);
    }
}
