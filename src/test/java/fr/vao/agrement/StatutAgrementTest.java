package fr.vao.agrement;

import static fr.vao.agrement.ActionAgrement.*;
import static fr.vao.agrement.StatutAgrement.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every allowed and every refused transition of an agrément request (spec §2.6), written out independently. */
class StatutAgrementTest {

    private static final Map<String, StatutAgrement> ATTENDU = new HashMap<>();

    private static void t(StatutAgrement de, ActionAgrement a, StatutAgrement vers) {
        ATTENDU.put(de + "/" + a, vers);
    }

    static {
        t(BROUILLON, MODIFIER, BROUILLON);
        t(A_COMPLETER, MODIFIER, A_COMPLETER);
        t(A_CORRIGER, MODIFIER, A_CORRIGER);
        t(BROUILLON, SUPPRIMER, BROUILLON);
        t(BROUILLON, TRANSMETTRE, TRANSMIS);
        t(A_COMPLETER, TRANSMETTRE, TRANSMIS);
        t(A_CORRIGER, TRANSMETTRE, EN_INSTRUCTION);
        t(TRANSMIS, PRENDRE_EN_CHARGE, PRIS_EN_CHARGE);
        t(PRIS_EN_CHARGE, DEMANDER_COMPLEMENTS, A_COMPLETER);
        t(PRIS_EN_CHARGE, CONFIRMER_COMPLETUDE, EN_INSTRUCTION);
        t(PRIS_EN_CHARGE, REFUSER, REFUSE);
        t(EN_INSTRUCTION, DEMANDER_CORRECTIONS, A_CORRIGER);
        t(EN_INSTRUCTION, REFUSER, REFUSE);
        t(EN_INSTRUCTION, VALIDER, VALIDE);
        t(EN_INSTRUCTION, ACCORDER_TACITEMENT, VALIDE);
        t(A_CORRIGER, ACCORDER_TACITEMENT, VALIDE);
    }

    @Test
    void chaqueActionNestPermiseQueDepuisLesStatutsDeLaSpecification() {
        List<String> ecarts = new ArrayList<>();
        for (StatutAgrement de : StatutAgrement.values()) {
            for (ActionAgrement a : ActionAgrement.values()) {
                StatutAgrement attendu = ATTENDU.get(de + "/" + a);
                if (attendu != null && de.suivant(a).orElse(null) != attendu) {
                    ecarts.add(de + " --" + a + "--> attendu " + attendu + ", obtenu " + de.suivant(a));
                } else if (attendu == null && de.suivant(a).isPresent()) {
                    ecarts.add(de + " --" + a + "--> devrait être refusée, obtenu " + de.suivant(a).get());
                }
            }
        }
        assertThat(ecarts).isEmpty();
        assertThat(ATTENDU).hasSize(16);
    }

    @Test
    void uneTransitionInterditeNommeStatutEtAction() {
        assertThatThrownBy(() -> REFUSE.apres(TRANSMETTRE)).isInstanceOfSatisfying(
                TransitionAgrementInterditeException.class, e -> {
                    assertThat(e.statut()).isEqualTo(REFUSE);
                    assertThat(e.cle()).isEqualTo("agrement.transition.TRANSMETTRE");
                });
    }

    @Test
    void lesDecisionsSontFinales() {
        for (StatutAgrement s : List.of(REFUSE, VALIDE)) {
            for (ActionAgrement a : ActionAgrement.values()) {
                assertThat(s.suivant(a)).as(s + " " + a).isEmpty();
            }
        }
        assertThat(StatutAgrement.EN_COURS).doesNotContain(REFUSE, VALIDE).hasSize(6);
    }
}
