package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every allowed and every refused transition of the inspection and of the injunction (ADR 0030). */
class StatutInspectionTest {

    static final Map<StatutInspection, Map<StatutInspection.Action, StatutInspection>> ATTENDU = Map.of(
            StatutInspection.PLANIFIEE, Map.of(StatutInspection.Action.REALISER, StatutInspection.REALISEE,
                    StatutInspection.Action.ANNULER, StatutInspection.ANNULEE),
            StatutInspection.REALISEE, Map.of(StatutInspection.Action.ENVOYER_RAPPORT,
                    StatutInspection.RAPPORT_ENVOYE),
            StatutInspection.RAPPORT_ENVOYE, Map.of(StatutInspection.Action.CLOTURER, StatutInspection.CLOTUREE),
            StatutInspection.CLOTUREE, Map.of(),
            StatutInspection.ANNULEE, Map.of());

    @Test
    void chaqueTransitionDeLInspectionPermiseOuRefusee() {
        int permises = 0;
        int refusees = 0;
        for (StatutInspection s : StatutInspection.values()) {
            for (StatutInspection.Action a : StatutInspection.Action.values()) {
                StatutInspection attendu = ATTENDU.get(s).get(a);
                if (attendu != null) {
                    assertThat(s.permet(a)).as(s + " " + a).isTrue();
                    assertThat(s.apres(a)).as(s + " " + a).isEqualTo(attendu);
                    permises++;
                } else {
                    assertThat(s.permet(a)).as(s + " " + a).isFalse();
                    assertThatThrownBy(() -> s.apres(a)).as(s + " " + a)
                            .isInstanceOf(TransitionInspectionException.class)
                            .extracting(e -> ((InspectionRefuseeException) e).cle())
                            .isEqualTo("inspection.transition." + a.name());
                    refusees++;
                }
            }
        }
        assertThat(permises).isEqualTo(4);
        assertThat(refusees).isEqualTo(16);
    }

    @Test
    void seulsLeRapportEnvoyeEtLaClotureSontVisiblesDeLOrganisateur() {
        for (StatutInspection s : StatutInspection.values()) {
            assertThat(s.visibleOrganisateur()).as(s.name())
                    .isEqualTo(s == StatutInspection.RAPPORT_ENVOYE || s == StatutInspection.CLOTUREE);
            assertThat(s.modifiable()).as(s.name())
                    .isEqualTo(s == StatutInspection.PLANIFIEE || s == StatutInspection.REALISEE);
        }
    }

    @Test
    void chaqueTransitionDeLInjonctionPermiseOuRefusee() {
        assertThat(StatutInjonction.OUVERTE.apres(StatutInjonction.Decision.LEVER)).isEqualTo(StatutInjonction.LEVEE);
        assertThat(StatutInjonction.OUVERTE.apres(StatutInjonction.Decision.CONSTATER_NON_LEVEE))
                .isEqualTo(StatutInjonction.NON_LEVEE);
        for (StatutInjonction s : new StatutInjonction[] {StatutInjonction.LEVEE, StatutInjonction.NON_LEVEE}) {
            assertThat(s.reglee()).isTrue();
            for (StatutInjonction.Decision d : StatutInjonction.Decision.values()) {
                assertThat(s.permet(d)).isFalse();
                assertThatThrownBy(() -> s.apres(d)).isInstanceOf(TransitionInspectionException.class);
            }
        }
        assertThat(StatutInjonction.OUVERTE.reglee()).isFalse();
        assertThat(StatutInjonction.OUVERTE.permet(StatutInjonction.Decision.LEVER)).isTrue();
    }
}
