package fr.vao.controle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the agents' list of inspections: the rows of the perimeter's départements (index
 * {@code inspection_departement_idx}), filtered and sorted; the open injunctions are counted for the page's rows
 * only, never by a correlated sub-query.
 */
@Repository
class ListesInspections {

    /** Sort keys → column. */
    static final Map<String, String> TRIS = Map.of("date", "i.date_prevue", "departement", "i.departement",
            "numero", "i.declaration_numero", "libelle", "i.sejour_libelle", "organisme", "i.organisme_nom",
            "statut", "i.statut", "realisee", "i.date_realisee");

    private final JdbcClient jdbc;

    ListesInspections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Sql(String from, Map<String, Object> params) {
    }

    private static Sql sql(Collection<String> departements, FiltreInspections f) {
        StringBuilder s = new StringBuilder(" from inspection i where i.departement in (:departements)");
        Map<String, Object> p = new HashMap<>();
        p.put("departements", departements);
        if (!f.statuts().isEmpty()) {
            s.append(" and i.statut in (:statuts)");
            p.put("statuts", f.statuts().stream().map(Enum::name).toList());
        }
        if (f.departement() != null && !f.departement().isBlank()) {
            s.append(" and i.departement = :departement");
            p.put("departement", f.departement().strip());
        }
        if (f.du() != null) {
            s.append(" and i.date_prevue >= :du");
            p.put("du", f.du());
        }
        if (f.au() != null) {
            s.append(" and i.date_prevue <= :au");
            p.put("au", f.au());
        }
        return new Sql(s.toString(), p);
    }

    long compter(Collection<String> departements, FiltreInspections f) {
        if (departements.isEmpty()) {
            return 0;
        }
        Sql s = sql(departements, f);
        JdbcClient.StatementSpec q = jdbc.sql("select count(*)" + s.from());
        for (Map.Entry<String, Object> e : s.params().entrySet()) {
            q = q.param(e.getKey(), e.getValue());
        }
        return q.query(Long.class).single();
    }

    List<LigneInspection> page(Collection<String> departements, FiltreInspections f, String tri, boolean desc,
            int taille, int decalage) {
        if (departements.isEmpty()) {
            return List.of();
        }
        Sql s = sql(departements, f);
        String colonne = tri == null ? "i.date_prevue" : TRIS.getOrDefault(tri, "i.date_prevue");
        String ordre = desc ? " desc" : " asc";
        JdbcClient.StatementSpec q = jdbc.sql("""
                select i.id, i.declaration_id, i.declaration_numero, i.sejour_libelle, i.organisme_nom,
                    i.departement, i.statut, i.annoncee, i.date_prevue, i.date_realisee, i.conclusion"""
                + s.from() + " order by " + colonne + ordre + " nulls last, i.id" + ordre
                + " limit :taille offset :decalage").param("taille", taille).param("decalage", decalage);
        for (Map.Entry<String, Object> e : s.params().entrySet()) {
            q = q.param(e.getKey(), e.getValue());
        }
        List<LigneInspection> lignes = q.query((rs, n) -> new LigneInspection(rs.getLong("id"),
                rs.getLong("declaration_id"), rs.getString("declaration_numero"), rs.getString("sejour_libelle"),
                rs.getString("organisme_nom"), rs.getString("departement"),
                StatutInspection.valueOf(rs.getString("statut")), rs.getBoolean("annoncee"),
                rs.getObject("date_prevue", LocalDate.class), rs.getObject("date_realisee", LocalDate.class),
                rs.getString("conclusion"), 0)).list();
        if (lignes.isEmpty()) {
            return lignes;
        }
        Map<Long, Integer> ouvertes = new HashMap<>();
        jdbc.sql("""
                select inspection_id, count(*) from injonction where statut = 'OUVERTE'
                and inspection_id in (:ids) group by inspection_id""")
                .param("ids", lignes.stream().map(LigneInspection::id).toList())
                .query((rs, n) -> ouvertes.put(rs.getLong(1), rs.getInt(2))).list();
        return lignes.stream().map(l -> new LigneInspection(l.id(), l.declarationId(), l.numero(), l.libelle(),
                l.organisme(), l.departement(), l.statut(), l.annoncee(), l.datePrevue(), l.dateRealisee(),
                l.conclusion(), ouvertes.getOrDefault(l.id(), 0))).toList();
    }
}
