package fr.vao.compte;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolitiqueMotDePasseTest {

    private final PolitiqueMotDePasse politique = new PolitiqueMotDePasse();

    @Test
    void douzeCaracteresSansRegleDeCompositionSuffisent() {
        assertThat(politique.refus("cheval batterie agrafe", "a@b.fr", "Durand", "Léa")).isEmpty();
        assertThat(politique.refus("onzecaracte", "a@b.fr", "Durand", "Léa")).contains("motdepasse.trop-court");
        assertThat(politique.refus("x".repeat(129), "a@b.fr", "Durand", "Léa")).contains("motdepasse.trop-long");
    }

    @Test
    void lesMotsDePasseLesPlusCourantsSontRefuses() {
        assertThat(politique.estCourant("qwerty123456")).isTrue();
        assertThat(politique.refus("qwerty123456", "a@b.fr", "Durand", "Léa")).contains("motdepasse.trop-courant");
        assertThat(politique.refus("1QAZ2WSX3EDC", "a@b.fr", "Durand", "Léa")).contains("motdepasse.trop-courant");
    }

    @Test
    void lesDonneesPersonnellesSontRefuseesSansTenirCompteDesAccentsNiDeLaCasse() {
        assertThat(politique.refus("jean.dupont-2026!", "jean.dupont@x.fr", "Martin", "Paul"))
                .contains("motdepasse.donnees-personnelles");
        assertThat(politique.refus("xxDURANDxx2026", "a@b.fr", "Durand", "Léa")).contains("motdepasse.donnees-personnelles");
        assertThat(politique.refus("helene-en-vacances", "a@b.fr", "Martin", "Hélène"))
                .contains("motdepasse.donnees-personnelles");
    }
}
