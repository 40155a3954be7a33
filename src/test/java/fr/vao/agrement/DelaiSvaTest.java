package fr.vao.agrement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The silence-vaut-accord timer (spec §2.6): 2 months from completeness, paused during corrections. */
class DelaiSvaTest {

    private static final LocalDate COMPLETUDE = LocalDate.of(2027, 1, 10);

    @Test
    void deuxMoisCalendairesDepuisLaCompletude() {
        DelaiSva d = DelaiSva.demarrer(1, COMPLETUDE);
        assertThat(d.joursAccordes()).isEqualTo(59); // 10 January to 10 March 2027
        assertThat(d.joursRestants(COMPLETUDE)).isEqualTo(59);
        assertThat(d.joursRestants(COMPLETUDE.plusDays(10))).isEqualTo(49);
        assertThat(d.echeance(COMPLETUDE.plusDays(10))).contains(LocalDate.of(2027, 3, 10));
        assertThat(d.ecoule(LocalDate.of(2027, 3, 9))).isFalse();
        assertThat(d.ecoule(LocalDate.of(2027, 3, 10))).isTrue();
    }

    @Test
    void lesJoursDeCorrectionNeComptentPas() {
        DelaiSva d = DelaiSva.demarrer(1, COMPLETUDE).suspendre(COMPLETUDE.plusDays(20));
        // 30 days of corrections: the remaining days do not move, no reminder, no approval
        LocalDate pendant = COMPLETUDE.plusDays(50);
        assertThat(d.joursRestants(pendant)).isEqualTo(39);
        assertThat(d.echeance(pendant)).isEmpty();
        assertThat(d.aRappeler(pendant)).isFalse();
        DelaiSva repris = d.reprendre(pendant);
        assertThat(repris.etat()).isEqualTo(DelaiSva.Etat.RUNNING);
        assertThat(repris.joursRestants(pendant.plusDays(18))).isEqualTo(21);
        assertThat(repris.aRappeler(pendant.plusDays(17))).isFalse();
        assertThat(repris.aRappeler(pendant.plusDays(18))).isTrue();
        assertThat(repris.echeance(pendant)).contains(pendant.plusDays(39));
        assertThat(repris.ecoule(pendant.plusDays(38))).isFalse();
        assertThat(repris.ecoule(pendant.plusDays(39))).isTrue();
    }

    @Test
    void uneReprisLeJourMemeDeLaPauseNeCreePasDePeriodeVide() {
        DelaiSva d = DelaiSva.demarrer(1, COMPLETUDE).suspendre(COMPLETUDE).reprendre(COMPLETUDE);
        assertThat(d.periodes()).containsExactly(new DelaiSva.Periode(COMPLETUDE, null));
    }

    @Test
    void uneDecisionArreteLeDelai() {
        DelaiSva d = DelaiSva.demarrer(1, COMPLETUDE).arreter(COMPLETUDE.plusDays(5));
        assertThat(d.etat()).isEqualTo(DelaiSva.Etat.STOPPED);
        assertThat(d.ecoule(COMPLETUDE.plusYears(1))).isFalse();
        assertThat(d.aRappeler(COMPLETUDE.plusYears(1))).isFalse();
        assertThat(d.joursEcoules(COMPLETUDE.plusYears(1))).isEqualTo(5);
    }
}
