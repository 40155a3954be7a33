package fr.vao.eig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.compte.RolesOrganisateurs;
import fr.vao.sejour.DeclarationsPourEig;
import fr.vao.sejour.SejoursPourEig;
import fr.vao.support.TestIntegration;

/**
 * The encryption at rest of ADR 0024: the database never holds the sensitive fields in clear, a value names its key,
 * the rotation re-encrypts every row with the active key and older keys still decrypt until then.
 */
class ChiffrementTest extends TestIntegration {

    static final byte[] CLE_TEST = Base64.getDecoder().decode("dGVzdC12YW8tY2xlLWRlLXRlc3QtMzItb2N0ZXRzLSE=");
    static final byte[] CLE_NOUVELLE = "une-autre-cle-de-32-octets-pour!".getBytes();

    @Autowired
    Eigs eigs;

    @Autowired
    Chiffrement chiffrement;

    @Autowired
    RotationChiffrement rotation;

    @Autowired
    DeclarationsPourEig sejours;

    long eig(String texte) {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        LocalDate jour = LocalDate.now(horloge);
        long d = SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", jour.minusDays(2), jour.plusDays(5));
        DeclarationsPourEig.Sejour s = sejours.sejour(d).orElseThrow();
        long id = eigs.inserer(s, o.membre().id(), "75", jour, OffsetDateTime.now());
        eigs.enregistrerRenseignements(id, 0, List.of(new Personne("Durand", "Alice", null, "Animatrice",
                null, "0600000000")), texte, "Remédiation " + texte, "Victimes " + texte, "Familles " + texte,
                OffsetDateTime.now());
        return id;
    }

    Map<String, Object> brut(long id) {
        return jdbc.sql("select " + String.join(", ", RotationChiffrement.COLONNES) + " from eig where id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    void laBaseNeContientJamaisLesChampsEnClair() {
        long id = eig("Texte très confidentiel 4821");
        Map<String, Object> ligne = brut(id);
        for (String colonne : RotationChiffrement.COLONNES) {
            String valeur = (String) ligne.get(colonne);
            assertThat(valeur).as(colonne).startsWith("test:").doesNotContain("confidentiel")
                    .doesNotContain("Durand").doesNotContain("4821");
        }
        assertThat(jdbc.sql("select count(*) from eig where id = :id and (personnel::text ilike '%durand%' or "
                + "deroulement ilike '%confidentiel%')").param("id", id).query(Integer.class).single()).isZero();
        Eig e = eigs.trouver(id).orElseThrow();
        assertThat(e.deroulement()).isEqualTo("Texte très confidentiel 4821");
        assertThat(e.personnel()).extracting(Personne::nom).containsExactly("Durand");
        // the same clear text encrypts differently each time (random IV)
        assertThat(chiffrement.chiffrer("abc")).isNotEqualTo(chiffrement.chiffrer("abc"));
        // a tampered value is refused (GCM tag)
        String v = chiffrement.chiffrer("abcdef");
        byte[] octets = Base64.getDecoder().decode(v.substring(v.indexOf(':') + 1));
        octets[14] ^= 1;
        String altere = "test:" + Base64.getEncoder().encodeToString(octets);
        assertThatThrownBy(() -> chiffrement.dechiffrer(altere)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotationDesCles() {
        long id = eig("Avant la rotation");
        Chiffrement transition = new Chiffrement(Map.of("test", CLE_TEST, "k2", CLE_NOUVELLE), "k2");
        // before the rotation, the new configuration still reads the values of the old key
        assertThat(transition.dechiffrer((String) brut(id).get("deroulement"))).isEqualTo("Avant la rotation");
        try {
            assertThat(rotation.reChiffrer(transition)).isGreaterThanOrEqualTo(1);
            Map<String, Object> ligne = brut(id);
            for (String colonne : RotationChiffrement.COLONNES) {
                assertThat((String) ligne.get(colonne)).as(colonne).startsWith("k2:");
            }
            assertThat(transition.dechiffrer((String) ligne.get("deroulement"))).isEqualTo("Avant la rotation");
            assertThat(transition.dechiffrer((String) ligne.get("disposition_victimes")))
                    .isEqualTo("Victimes Avant la rotation");
            // the old key alone no longer reads them
            assertThatThrownBy(() -> chiffrement.dechiffrer((String) ligne.get("deroulement")))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(jdbc.sql("select count(*) from eig where deroulement like 'test:%'").query(Integer.class)
                    .single()).isZero();
            // run again: nothing left to do
            assertThat(rotation.reChiffrer(transition)).isZero();
        } finally {
            // back to the tests' key, for the other tests sharing the database
            rotation.reChiffrer(new Chiffrement(Map.of("test", CLE_TEST, "k2", CLE_NOUVELLE), "test"));
        }
        assertThat(eigs.trouver(id).orElseThrow().deroulement()).isEqualTo("Avant la rotation");
    }

    @Test
    void configurationRefuseeSansCle() {
        assertThatThrownBy(() -> new ChiffrementConfig().chiffrement("", "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VAO_CHIFFREMENT_CLES");
        assertThatThrownBy(() -> Chiffrement.depuis("k1:" + Base64.getEncoder().encodeToString(new byte[16]), ""))
                .hasMessageContaining("32 octets");
        assertThatThrownBy(() -> Chiffrement.depuis("k1:" + Base64.getEncoder().encodeToString(CLE_TEST), "k9"))
                .hasMessageContaining("k9");
        assertThat(Chiffrement.depuis("a:" + Base64.getEncoder().encodeToString(CLE_TEST) + ",b:"
                + Base64.getEncoder().encodeToString(CLE_NOUVELLE), "").cleActive()).isEqualTo("b");
    }
}
