package fr.vao.agrement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.support.TestIntegration;

/**
 * The agents' agrément list reads the région's index (agrement_region_statut_idx) rather than the whole table: the
 * plans of a page are asked with 6,000 agréments in 13 régions (three times the national volume of organismes),
 * inserted and analysed in a transaction rolled back at the end, so that no other test sees them.
 */
class ListeAgrementsIndexeeTest extends TestIntegration {

    @Autowired
    ListeAgrements liste;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void laListeDUneRegionLitSonIndex() {
        transaction.executeWithoutResult(s -> {
            jdbc.sql("""
                    with r as (select code, row_number() over (order by code) n from territoire where niveau = 'REG'
                               and code <> 'FRA' limit 13),
                    o as (
                        insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region,
                                               cree_le, modifie_le)
                        select 'PERSONNE_MORALE', (990000000 + g)::text || '00011', (990000000 + g)::text, true, true,
                               '75', 'IDF', now(), now() from generate_series(1, 6000) g
                        returning id)
                    insert into agrement (organisme_id, statut, type_depot, region_obtention, date_depot, cree_le,
                                          cree_par, modifie_le)
                    select o.id, (array['BROUILLON', 'TRANSMIS', 'PRIS_EN_CHARGE', 'EN_INSTRUCTION', 'VALIDE',
                                        'REFUSE'])[1 + o.id % 6],
                           'PREMIER', r.code, current_date - (o.id % 700)::int, now(), 0, now()
                    from o join r on r.n = 1 + o.id % 13""").update();
            jdbc.sql("analyze agrement").update();
            jdbc.sql("analyze organisme").update();
            FiltreAgrements tous = new FiltreAgrements(null, null, null, Set.of());
            for (boolean desc : List.of(true, false)) {
                String plan = String.join("\n", liste.plan("IDF", tous, "depot", desc));
                assertThat(plan).as(plan).contains("Index Scan", "agrement_region_depot_idx")
                        .doesNotContain("Seq Scan on agrement", "Sort Key");
            }
            for (String tri : List.of("nom", "statut", "siret", "numero")) {
                String plan = String.join("\n", liste.plan("IDF", tous, tri, true));
                assertThat(plan).as(tri + "\n" + plan).contains("agrement_region").doesNotContain(
                        "Seq Scan on agrement");
            }
            String statuts = String.join("\n", liste.plan("IDF", new FiltreAgrements(null, null, null,
                    Set.of(StatutAgrement.TRANSMIS, StatutAgrement.A_COMPLETER)), "depot", true));
            assertThat(statuts).as(statuts).contains("agrement_region").doesNotContain("Seq Scan on agrement");
            s.setRollbackOnly();
        });
    }
}
