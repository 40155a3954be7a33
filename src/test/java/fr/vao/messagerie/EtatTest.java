package fr.vao.messagerie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The state of a thread for each side (spec §2.10) and the message rules (rule 76), without Spring. */
class EtatTest {

    @Test
    void lEtatSeDeduitDuDernierMessagePourChaqueCote() {
        assertThat(Etat.pour(Cote.AGENT, Cote.ORGANISATEUR, false)).isEqualTo(Etat.NON_LU);
        assertThat(Etat.pour(Cote.AGENT, Cote.ORGANISATEUR, true)).isEqualTo(Etat.LU);
        assertThat(Etat.pour(Cote.AGENT, Cote.AGENT, false)).isEqualTo(Etat.REPONDU);
        assertThat(Etat.pour(Cote.ORGANISATEUR, Cote.AGENT, false)).isEqualTo(Etat.NON_LU);
        assertThat(Etat.pour(Cote.ORGANISATEUR, Cote.AGENT, true)).isEqualTo(Etat.LU);
        assertThat(Etat.pour(Cote.ORGANISATEUR, Cote.ORGANISATEUR, true)).isEqualTo(Etat.REPONDU);
    }

    @Test
    void leRangEstCeluiDuModeleDeLecture() {
        // fil_message.etat_agent / etat_organisateur: 1 NON LU, 2 LU, 3 REPONDU; 0 (no row) = no state
        assertThat(Etat.deRang(1)).isEqualTo(Etat.NON_LU);
        assertThat(Etat.deRang(3)).isEqualTo(Etat.REPONDU);
        assertThat(Etat.deRang(0)).isNull();
        assertThat(Etat.REPONDU.rang()).isEqualTo(3);
    }

    @Test
    void unMessageAMilleCaracteresAuPlusEtUnTexteOuUnFichier() {
        assertThat(Messagerie.verifier("a".repeat(1000), false)).isEmpty();
        assertThat(Messagerie.verifier("  " + "a".repeat(1000) + "\n", false)).as("blanks around do not count")
                .isEmpty();
        assertThat(Messagerie.verifier("a".repeat(1001), true)).get().extracting(MessageInvalideException::cle)
                .isEqualTo("messagerie.erreur.trop-long");
        assertThat(Messagerie.verifier(" \n ", false)).get().extracting(MessageInvalideException::champ)
                .isEqualTo("texte");
        assertThat(Messagerie.verifier(null, true)).isEmpty();
    }
}
