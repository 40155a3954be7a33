package fr.vao.territoire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.TestIntegration;

/** The communes loaded by the migration V51 from @etalab/decoupage-administratif. */
class CommunesTest extends TestIntegration {

    @Autowired
    Communes communes;

    @Test
    void toutesLesCommunesEtLesArrondissementsMunicipauxSontCharges() {
        assertThat(jdbc.sql("select count(*) from commune").query(Long.class).single()).isBetween(34_900L, 35_100L);
        assertThat(communes.trouver("75056")).get().satisfies(c -> {
            assertThat(c.nom()).isEqualTo("Paris");
            assertThat(c.codesPostaux()).contains("75001", "75116");
        });
        assertThat(communes.trouver("75101")).get().satisfies(c -> {
            assertThat(c.communeMere()).isEqualTo("75056");
            assertThat(c.codesPostaux()).containsExactly("75001");
        });
        assertThat(communes.trouver("2A004")).get().satisfies(c -> assertThat(c.nom()).isEqualTo("Ajaccio"));
        assertThat(communes.trouver("2A004").get().departement()).isEqualTo("2A");
        assertThat(communes.trouver("97611")).get().satisfies(c -> assertThat(c.departement()).isEqualTo("976"));
        assertThat(communes.trouver("99999")).isEmpty();
        assertThat(communes.trouver("'; drop")).isEmpty();
    }

    @Test
    void uneCommuneSeChercheParLeDebutDeSonNom() {
        assertThat(communes.rechercher("l'abergement", null, 10)).extracting(Communes.Commune::code)
                .contains("01001", "01002");
        assertThat(communes.rechercher("saint-denis", "974", 10)).extracting(Communes.Commune::code)
                .containsExactly("97411");
        assertThat(communes.rechercher("%", null, 10)).isEmpty();
        assertThat(communes.rechercher("  ", null, 10)).isEmpty();
    }
}
