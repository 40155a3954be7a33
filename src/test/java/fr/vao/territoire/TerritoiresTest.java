package fr.vao.territoire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.support.TestIntegration;

class TerritoiresTest extends TestIntegration {

    @Autowired
    Territoires territoires;

    @Test
    void lesTerritoiresSontCeuxDeLaReference() {
        assertThat(territoires.tous()).hasSize(124);
        assertThat(territoires.regions()).hasSize(18);
        assertThat(territoires.departements()).hasSize(105);
        assertThat(territoires.trouver("28").orElseThrow().parentCode()).isEqualTo("CVDL");
        assertThat(territoires.trouver("975").orElseThrow().parentCode()).isEqualTo("REU");
        assertThat(territoires.trouver("987").orElseThrow().parentCode()).isEqualTo("MAY");
        assertThat(territoires.departementsDe("IDF")).containsExactlyInAnyOrder("75", "77", "78", "91", "92", "93", "94", "95");
        assertThat(territoires.departementsDe("COR")).containsExactlyInAnyOrder("2A", "2B");
        assertThat(territoires.departementsDe("FRA")).hasSize(105);
        assertThat(territoires.departementsDe("69")).containsExactly("69");
    }

    @Test
    void leDepartementVientDuCodeCommuneInseeEtNonDuCodePostal() {
        assertThat(territoires.departementDeCommune("75056").map(Territoire::code)).contains("75");
        assertThat(territoires.departementDeCommune("2A004").map(Territoire::code)).contains("2A");
        assertThat(territoires.departementDeCommune("2B033").map(Territoire::code)).contains("2B");
        assertThat(territoires.departementDeCommune("97411").map(Territoire::code)).contains("974");
        assertThat(territoires.departementDeCommune("97502").map(Territoire::code)).contains("975");
        assertThat(territoires.departementDeCommune("98735").map(Territoire::code)).contains("987");
        assertThat(territoires.departementDeCommune("98818")).isEmpty(); // Nouvelle-Calédonie: not a VAO territory
        assertThat(territoires.departementDeCommune("20000")).isEmpty(); // a Corsican postal code is not a commune code
        assertThat(territoires.departementDeCommune("7505")).isEmpty();
        assertThat(territoires.regionDe("2A").map(Territoire::code)).contains("COR");
    }

    @Test
    void lePerimetreDUnAgentSuitSonNiveau() {
        assertThat(territoires.contient("FRA", "971")).isTrue();
        assertThat(territoires.contient("IDF", "IDF")).isTrue();
        assertThat(territoires.contient("IDF", "92")).isTrue();
        assertThat(territoires.contient("IDF", "69")).isFalse();
        assertThat(territoires.contient("IDF", "FRA")).isFalse();
        assertThat(territoires.contient("75", "75")).isTrue();
        assertThat(territoires.contient("75", "92")).isFalse();
        assertThat(territoires.contient("75", "IDF")).isFalse();
        assertThat(territoires.contient("75", "inconnu")).isFalse();
        assertThat(territoires.dansPerimetre("COR")).extracting(Territoire::code).containsExactlyInAnyOrder("COR", "2A", "2B");
    }
}
