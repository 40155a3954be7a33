package fr.vao.sejour;

import static fr.vao.sejour.Action.*;
import static fr.vao.sejour.Statut.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every allowed and every refused transition of spec §2.8.2, §2.8.4, §2.8.7, §2.8.8, written out independently. */
class StatutTest {

    private static final Map<String, Statut> ATTENDU = new HashMap<>();

    private static void t(Statut de, Action a, Statut vers) {
        ATTENDU.put(de + "/" + a, vers);
    }

    static {
        // saving steps (§2.8.1): the statuses where the organiser edits; after registration only updates
        for (Statut s : List.of(BROUILLON, A_MODIFIER, ATTENTE_8_JOURS, A_MODIFIER_8J)) {
            t(s, MODIFIER, s);
        }
        t(VALIDEE_8J, METTRE_A_JOUR, VALIDEE_8J);
        t(SEJOUR_EN_COURS, METTRE_A_JOUR, SEJOUR_EN_COURS);
        t(BROUILLON, TRANSMETTRE, TRANSMISE);
        t(A_MODIFIER, TRANSMETTRE, TRANSMISE);
        t(ATTENTE_8_JOURS, TRANSMETTRE, TRANSMISE_8J);
        t(A_MODIFIER_8J, TRANSMETTRE, TRANSMISE_8J);
        t(TRANSMISE, PRENDRE_EN_CHARGE, EN_COURS);
        t(TRANSMISE_8J, PRENDRE_EN_CHARGE, EN_COURS_8J);
        t(EN_COURS, DEMANDER_COMPLEMENTS, A_MODIFIER);
        t(EN_COURS_8J, DEMANDER_COMPLEMENTS, A_MODIFIER_8J);
        t(EN_COURS, REFUSER, REFUSEE);
        t(EN_COURS_8J, REFUSER, REFUSEE_8J);
        t(EN_COURS, ENREGISTRER, ATTENTE_8_JOURS);
        t(EN_COURS_8J, ENREGISTRER, VALIDEE_8J);
        for (Statut s : List.of(TRANSMISE, EN_COURS, A_MODIFIER, ATTENTE_8_JOURS, TRANSMISE_8J, EN_COURS_8J,
                A_MODIFIER_8J, VALIDEE_8J)) {
            t(s, ANNULER, ANNULEE);
        }
        t(BROUILLON, SUPPRIMER, BROUILLON);
        for (Statut s : List.of(BROUILLON, TRANSMISE, EN_COURS, ANNULEE, ABANDONNEE)) {
            t(s, DUPLIQUER, s);
        }
        t(VALIDEE_8J, DEBUTER, SEJOUR_EN_COURS);
        t(VALIDEE_8J, TERMINER, TERMINEE);
        t(SEJOUR_EN_COURS, TERMINER, TERMINEE);
        t(ATTENTE_8_JOURS, ABANDONNER, ABANDONNEE);
        t(A_MODIFIER, ABANDONNER, ABANDONNEE);
        t(A_MODIFIER_8J, ABANDONNER, ABANDONNEE);
    }

    @Test
    void chaqueActionNestPermiseQueDepuisLesStatutsDeLaSpecification() {
        List<String> ecarts = new ArrayList<>();
        int permises = 0;
        for (Statut de : Statut.values()) {
            for (Action a : Action.values()) {
                Statut attendu = ATTENDU.get(de + "/" + a);
                if (attendu != null) {
                    permises++;
                    if (!de.permet(a) || de.apres(a) != attendu) {
                        ecarts.add(de + " --" + a + "--> attendu " + attendu + ", obtenu " + de.suivant(a));
                    }
                } else if (de.permet(a)) {
                    ecarts.add(de + " --" + a + "--> devrait être refusée, obtenu " + de.suivant(a).get());
                }
            }
        }
        assertThat(ecarts).isEmpty();
        assertThat(permises).isEqualTo(ATTENDU.size()).isEqualTo(38);
    }

    @Test
    void uneTransitionInterditeEstUneExceptionNommantStatutEtAction() {
        assertThatThrownBy(() -> REFUSEE.apres(TRANSMETTRE)).isInstanceOfSatisfying(
                TransitionInterditeException.class, e -> {
                    assertThat(e.statut()).isEqualTo(REFUSEE);
                    assertThat(e.cle()).isEqualTo("sejour.transition.TRANSMETTRE");
                });
    }

    @Test
    void lesStatutsFinauxNePermettentPlusRienSaufLaCopie() {
        for (Statut s : List.of(REFUSEE, REFUSEE_8J, TERMINEE, ANNULEE, ABANDONNEE)) {
            for (Action a : Action.values()) {
                if (a != DUPLIQUER) {
                    assertThat(s.permet(a)).as(s + " " + a).isFalse();
                }
            }
        }
    }

    @Test
    void lesValeursPersisteesSontCellesDeLaReference() {
        assertThat(ATTENTE_8_JOURS.code()).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");
        for (Statut s : Statut.values()) {
            assertThat(Statut.deCode(s.code())).isEqualTo(s);
        }
        assertThatThrownBy(() -> Statut.deCode("EN ATTENTE VALIDATION HEBERGEMENT"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
