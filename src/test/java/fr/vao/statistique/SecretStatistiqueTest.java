package fr.vao.statistique;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The open data's suppression (ADR 0032) on crafted tables. */
class SecretStatistiqueTest {

    private static void aucuneLigneNiColonneAvecUnSeulSecret(boolean[][] c) {
        for (boolean[] ligne : c) {
            int n = 0;
            for (boolean b : ligne) {
                n += b ? 1 : 0;
            }
            assertThat(n).isNotEqualTo(1);
        }
        for (int j = 0; j < c[0].length; j++) {
            int n = 0;
            for (boolean[] ligne : c) {
                n += ligne[j] ? 1 : 0;
            }
            assertThat(n).isNotEqualTo(1);
        }
    }

    @Test
    void uneCaseSousLeSeuilEntraineUnSecretSecondaireEnLigneEtEnColonne() {
        long[][] v = {
                {3, 40, 12, 60},
                {20, 30, 25, 90},
                {50, 8, 70, 15}};
        boolean[][] c = SecretStatistique.cellulesCachees(v, 5);
        // primary: the 3; row 0: its smallest other cell (12); column 0: its smallest other (20); then row 1 and
        // column 2 each hold two hidden cells: stable
        assertThat(c[0]).containsExactly(true, false, true, false);
        assertThat(c[1]).containsExactly(true, false, true, false);
        assertThat(c[2]).containsExactly(false, false, false, false);
        aucuneLigneNiColonneAvecUnSeulSecret(c);
    }

    @Test
    void lesZerosNeSontPasDesSecretsEtNeSontChoisisQuEnDernier() {
        long[][] v = {
                {0, 4, 30},
                {0, 9, 0}};
        boolean[][] c = SecretStatistique.cellulesCachees(v, 5);
        assertThat(c[0][0]).isFalse();
        assertThat(c[0][1]).isTrue();
        // row 0 takes the 30 (people before zeros), column 1 the 9; then column 2 and row 1 need one more each
        aucuneLigneNiColonneAvecUnSeulSecret(c);
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v[i].length; j++) {
                if (!c[i][j]) {
                    assertThat(v[i][j] == 0 || v[i][j] >= 5).isTrue();
                }
            }
        }
    }

    @Test
    void unTableauSansPetiteCaseResteEntier() {
        long[][] v = {{5, 6}, {100, 0}};
        boolean[][] c = SecretStatistique.cellulesCachees(v, 5);
        assertThat(c[0]).containsExactly(false, false);
        assertThat(c[1]).containsExactly(false, false);
    }

    @Test
    void unTotalNeSePublieQueSansSecretUniqueEtAuDessusDuSeuil() {
        assertThat(SecretStatistique.totalPubliable(100, 0, 5)).isTrue();
        assertThat(SecretStatistique.totalPubliable(100, 2, 5)).isTrue();
        assertThat(SecretStatistique.totalPubliable(100, 1, 5)).isFalse();
        assertThat(SecretStatistique.totalPubliable(4, 0, 5)).isFalse();
    }

    @Test
    void lesValeursDesTableauxSontAuFormatFrancais() {
        Figure.Ligne l = new Figure.Ligne("x", java.util.List.of(12345L, 12.5, 0L));
        assertThat(l.texte(0)).isEqualTo("12\u202f345");
        assertThat(l.texte(1)).isEqualTo("12,5");
        assertThat(l.texte(2)).isEqualTo("0");
    }
}
