package fr.vao.agrement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the contrôle module reads of the agréments (issue 6, risk criteria "non-agréé alert" and "agrément expiring
 * before the end of the stay"), for many organismes in one query: the same rules as
 * {@link OrganismesNonAgrees#alerte}, an établissement secondaire taking its siège's agrément and listing.
 */
@Service
public class AgrementsPourControle {

    /**
     * @param nonAgree the message key of the listing's nature (list of organismes non agréés), null when not listed
     * @param finValidite the end of validity of the active (VALIDE) agrément, null when there is none
     */
    public record EtatAgrement(String nonAgree, LocalDate finValidite) {
    }

    private final JdbcClient jdbc;

    AgrementsPourControle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<Long, EtatAgrement> etats(Collection<Long> organismes) {
        Map<Long, EtatAgrement> etats = new HashMap<>();
        if (organismes.isEmpty()) {
            return etats;
        }
        jdbc.sql("""
                with o as (
                    select o.id, o.siret, coalesce(s.id, o.id) porteur, s.siret siege_siret
                    from organisme o
                    left join organisme s on not o.porteur_agrement and o.type = 'PERSONNE_MORALE'
                        and s.siren = o.siren and s.porteur_agrement and s.type = 'PERSONNE_MORALE' and not s.supprime
                    where o.id in (:organismes))
                select distinct on (o.id) o.id, a.date_fin_validite, n.nature_decision
                from o
                left join agrement a on a.organisme_id = o.porteur and a.statut = 'VALIDE' and not a.supprime
                left join organisme_non_agree n on n.siret = o.siret or n.siret = o.siege_siret
                order by o.id, n.date_decision desc nulls last""")
                .param("organismes", Set.copyOf(organismes))
                .query((rs, n) -> etats.put(rs.getLong("id"), new EtatAgrement(
                        rs.getString("nature_decision") == null ? null
                                : NatureDecision.deCode(rs.getString("nature_decision")).cle(),
                        rs.getObject("date_fin_validite", LocalDate.class))))
                .list();
        return etats;
    }
}
