package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.vao.banc.Banc;
import dev.vao.banc.Campagne;
import dev.vao.banc.Mesures;
import dev.vao.banc.Volume;
import fr.vao.support.TestIntegration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's code on 1,000 déclarations inside {@code mvn verify}, so that it cannot rot: the generator seeds
 * its own SIREN range, every scenario of {@link Campagne} answers with its page over HTTP and is measured; the rows
 * are deleted afterwards, so that other tests never see them. The figures printed here say nothing of performance
 * (see docs/performance.md for the 200,000-déclaration run).
 */
class BancFumeeTest extends TestIntegration {

    @Autowired
    DataSource source;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void leBancTourneSurMilleDeclarations() throws Exception {
        Volume volume = new Volume(880_000_000, 100, 5, 10, 2);
        try {
            volume.generer(source, json);
            assertThat(volume.present(source)).isTrue();
            assertThat(jdbc.sql("""
                    select count(*) from declaration_sejour d join organisme o on o.id = d.organisme_id
                    where o.siren between '880000001' and '880000100'""").query(Long.class).single())
                    .isEqualTo(1_000);
            assertThat(jdbc.sql("""
                    select count(*) from hebergement h join organisme o on o.id = h.organisme_id
                    where o.siren between '880000001' and '880000100'""").query(Long.class).single())
                    .isEqualTo(500);
            assertThat(jdbc.sql("""
                    select count(distinct v.declaration_id) from declaration_visibilite v
                    join declaration_sejour d on d.id = v.declaration_id join organisme o on o.id = d.organisme_id
                    where o.siren between '880000001' and '880000100' and v.territoire = '75'""")
                    .query(Long.class).single()).as("a quarter of the organismes in Paris").isGreaterThan(40);

            List<Mesures.Resultat> resultats = Campagne.executer(new Mesures("http://localhost:" + port),
                    volume.comptes(source), List.of(1, 2), 10, 1, Banc.MOT_DE_PASSE);
            assertThat(resultats).hasSize(2 * Campagne.scenarios(volume.comptes(source)).size());
            for (Mesures.Resultat r : resultats) {
                assertThat(r.latences()).hasSizeGreaterThanOrEqualTo(10);
                assertThat(r.centile(50)).isPositive().isLessThanOrEqualTo(r.centile(95));
                assertThat(r.centile(95)).isLessThanOrEqualTo(r.centile(99));
            }
            System.out.println(Mesures.entete());
            resultats.forEach(r -> System.out.println(r.ligne()));
        } finally {
            volume.supprimer(source);
        }
        assertThat(volume.present(source)).isFalse();
    }
}
