package fr.vao.compte.organisateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void unSiretDontLaCleDeLuhnEstBonneEstValide() {
        assertThat(Siret.estValide("73282932000074")).isTrue(); // a real published SIRET
        assertThat(Siret.estValide("55210055400013")).isTrue();
        assertThat(new Siret("73282932000074").siren()).isEqualTo("732829320");
    }

    @Test
    void unSiretDontLaCleEstFausseEstRefuse() {
        assertThat(Siret.estValide("73282932000075")).isFalse();
        assertThat(Siret.estValide("12345678901234")).isFalse();
        assertThatThrownBy(() -> new Siret("73282932000075")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unSiretQuiNAPas14ChiffresEstRefuse() {
        assertThat(Siret.estValide(null)).isFalse();
        assertThat(Siret.estValide("7328293200007")).isFalse();
        assertThat(Siret.estValide("7328293200007A")).isFalse();
        assertThat(Siret.estValide("732829320000740")).isFalse();
    }

    @Test
    void laPosteEstValideQuandLaSommeDesChiffresEstUnMultipleDe5() {
        assertThat(Siret.estValide("35600000000001")).isTrue(); // sum 15
        assertThat(Siret.luhn("35600000000001")).isFalse(); // so it is the La Poste rule that accepts it
        assertThat(Siret.estValide("35600000000010")).isTrue(); // sum 15
        assertThat(Siret.luhn("35600000010013")).isTrue();
        assertThat(Siret.estValide("35600000010013")).isFalse(); // sum 19: Luhn is not enough for La Poste
        assertThat(Siret.estValide("35600000000048")).isTrue(); // La Poste's siège follows Luhn
    }
}
