package fr.vao.entreprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Lambert-93 → WGS84 against reference points (expected values from PROJ's cs2cs EPSG:2154 → EPSG:4326). */
class Lambert93Test {

    @Test
    void lOrigineDeLaProjectionEstA46Degres30Nord3DegresEst() {
        Lambert93.Wgs84 point = Lambert93.versWgs84(700000, 6600000);
        assertThat(point.latitude()).isCloseTo(46.5, within(1e-9));
        assertThat(point.longitude()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void leCentreDeParis() {
        // Near the Hôtel de Ville (48.8566 N, 2.3522 E); Notre-Dame (48.8530 N, 2.3498 E) is 400 m south-west.
        Lambert93.Wgs84 point = Lambert93.versWgs84(652469.02, 6862035.26);
        assertThat(point.latitude()).isCloseTo(48.8566, within(1e-6));
        assertThat(point.longitude()).isCloseTo(2.3522, within(1e-6));
    }

    @Test
    void vingtAvenueDeSegur() {
        // The example of the BAN's projection library: (2.308310, 48.850244) → (649242.57, 6861355.85).
        Lambert93.Wgs84 point = Lambert93.versWgs84("649242.57", "6861355.85");
        assertThat(point.latitude()).isCloseTo(48.850244, within(1e-6));
        assertThat(point.longitude()).isCloseTo(2.308310, within(1e-6));
    }

    @Test
    void desCoordonneesInconnuesOuIllisiblesNeDonnentRien() {
        assertThat(Lambert93.versWgs84("[ND]", "[ND]")).isNull();
        assertThat(Lambert93.versWgs84("651380.5", "[ND]")).isNull();
        assertThat(Lambert93.versWgs84(null, "6862035.26")).isNull();
        assertThat(Lambert93.versWgs84(" ", "6862035.26")).isNull();
        assertThat(Lambert93.versWgs84("65x", "6862035.26")).isNull();
        assertThat(Lambert93.versWgs84("NaN", "6862035.26")).isNull();
    }

    @Test
    void horsDeLaFranceMetropolitaineIlNYAPasDePoint() {
        // Coordinates of Réunion in UTM 40S, read as Lambert-93, would fall in the North Sea.
        assertThat(Lambert93.versWgs84(340000, 7650000)).isNull();
        assertThat(Lambert93.versWgs84(700000, 12655612.049876)).isNull();
    }
}
