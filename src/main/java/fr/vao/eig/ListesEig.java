package fr.vao.eig;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the EIG lists. The organiser's reads its organismes' rows ({@code eig_organisme_idx}); the agents'
 * reads its page from the visibility index of its territory ({@code eig_visibilite}, ADR 0023), without correlated
 * sub-queries: the types are aggregated only for the page's rows.
 */
@Repository
class ListesEig {

    /** Sort keys of the lists → column. */
    static final Map<String, String> TRIS = Map.of("depot", "e.date_depot", "incident", "e.date_incident",
            "departement", "e.departement", "numero", "e.declaration_numero", "libelle", "e.sejour_libelle",
            "organisme", "e.organisme_nom", "statut", "e.statut", "debut", "e.sejour_debut");

    private final JdbcClient jdbc;

    ListesEig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Sql(String from, Map<String, Object> params) {
    }

    private static Sql sql(String base, Map<String, Object> params, FiltreEig f) {
        StringBuilder s = new StringBuilder(base);
        Map<String, Object> p = new java.util.HashMap<>(params);
        if (f.numero() != null && !f.numero().isBlank()) {
            s.append(" and e.declaration_numero ilike :numero");
            p.put("numero", "%" + f.numero().strip() + "%");
        }
        if (f.sejour() != null && !f.sejour().isBlank()) {
            s.append(" and e.sejour_libelle ilike :sejour");
            p.put("sejour", "%" + f.sejour().strip() + "%");
        }
        if (f.organisme() != null && !f.organisme().isBlank()) {
            s.append(" and e.organisme_nom ilike :organisme");
            p.put("organisme", "%" + f.organisme().strip() + "%");
        }
        if (f.departement() != null && !f.departement().isBlank()) {
            s.append(" and e.departement = :departement");
            p.put("departement", f.departement().strip());
        }
        if (!f.types().isEmpty()) {
            s.append(" and e.id in (select c.eig_id from eig_eig_type c where c.type_code in (:types))");
            p.put("types", f.types());
        }
        if (!f.statuts().isEmpty()) {
            s.append(" and e.statut in (:statuts)");
            p.put("statuts", f.statuts().stream().map(Enum::name).toList());
        }
        if (f.du() != null) {
            s.append(" and e.date_incident >= :du");
            p.put("du", f.du());
        }
        if (f.au() != null) {
            s.append(" and e.date_incident <= :au");
            p.put("au", f.au());
        }
        return new Sql(s.toString(), p);
    }

    private static Sql organisateur(Collection<Long> organismes, FiltreEig f) {
        return sql(" from eig e where e.organisme_id in (:organismes)", Map.of("organismes", organismes), f);
    }

    private static Sql agents(String territoire, FiltreEig f) {
        return sql(" from eig_visibilite v join eig e on e.id = v.eig_id where v.territoire = :territoire",
                Map.of("territoire", territoire), f);
    }

    long compterOrganisateur(Collection<Long> organismes, FiltreEig f) {
        return organismes.isEmpty() ? 0 : compter(organisateur(organismes, f));
    }

    List<LigneEig> pageOrganisateur(Collection<Long> organismes, FiltreEig f, String tri, boolean desc, int taille,
            int decalage) {
        return organismes.isEmpty() ? List.of()
                : page(organisateur(organismes, f), colonne(tri, "e.modifie_le"), "e.id", desc, taille, decalage);
    }

    long compterAgents(String territoire, FiltreEig f) {
        return compter(agents(territoire, f));
    }

    List<LigneEig> pageAgents(String territoire, FiltreEig f, String tri, boolean desc, int taille, int decalage) {
        String colonne = colonne(tri, "v.date_depot");
        // the default sort is a range of eig_visibilite_depot_idx (territoire, date_depot, eig_id)
        return page(agents(territoire, f), "e.date_depot".equals(colonne) ? "v.date_depot" : colonne, "v.eig_id",
                desc, taille, decalage);
    }

    private static String colonne(String tri, String defaut) {
        return tri == null ? defaut : TRIS.getOrDefault(tri, defaut);
    }

    private long compter(Sql s) {
        JdbcClient.StatementSpec q = jdbc.sql("select count(*)" + s.from());
        for (Map.Entry<String, Object> p : s.params().entrySet()) {
            q = q.param(p.getKey(), p.getValue());
        }
        return q.query(Long.class).single();
    }

    private List<LigneEig> page(Sql s, String colonne, String departage, boolean desc, int taille, int decalage) {
        String ordre = desc ? " desc" : " asc";
        JdbcClient.StatementSpec q = jdbc.sql("""
                select e.id, e.declaration_id, e.declaration_numero, e.sejour_libelle, e.sejour_debut, e.sejour_fin,
                    e.organisme_nom, e.departement, e.region_agrement, e.date_incident, e.date_depot, e.statut,
                    e.lu_ddets, e.lu_dreets""" + s.from() + " order by " + colonne + ordre + ", " + departage + (desc ? " desc" : "")
                + " limit :taille offset :decalage").param("taille", taille).param("decalage", decalage);
        for (Map.Entry<String, Object> p : s.params().entrySet()) {
            q = q.param(p.getKey(), p.getValue());
        }
        List<LigneEig> lignes = q.query((rs, n) -> new LigneEig(rs.getLong("id"), rs.getLong("declaration_id"),
                rs.getString("declaration_numero"), rs.getString("sejour_libelle"),
                rs.getObject("sejour_debut", LocalDate.class), rs.getObject("sejour_fin", LocalDate.class),
                rs.getString("organisme_nom"), rs.getString("departement"), rs.getString("region_agrement"),
                rs.getObject("date_incident", LocalDate.class), rs.getObject("date_depot", OffsetDateTime.class),
                StatutEig.valueOf(rs.getString("statut")), rs.getBoolean("lu_ddets"), rs.getBoolean("lu_dreets"),
                null)).list();
        if (lignes.isEmpty()) {
            return lignes;
        }
        Map<Long, String> types = new java.util.HashMap<>();
        jdbc.sql("""
                select c.eig_id, string_agg(t.libelle || coalesce(' : ' || c.precision_autre, ''), ', '
                    order by t.ordre) from eig_eig_type c join eig_type t on t.code = c.type_code
                where c.eig_id in (:ids) group by c.eig_id""")
                .param("ids", lignes.stream().map(LigneEig::id).toList())
                .query((rs, n) -> types.put(rs.getLong(1), rs.getString(2))).list();
        return lignes.stream().map(l -> new LigneEig(l.id(), l.declarationId(), l.numero(), l.libelle(), l.debut(),
                l.fin(), l.organisme(), l.departement(), l.regionAgrement(), l.dateIncident(), l.dateDepot(),
                l.statut(), l.luDdets(), l.luDreets(), types.getOrDefault(l.id(), ""))).toList();
    }

    /** The "à lire" counter (spec §2.9): submitted and not yet read by this service (partial indexes of V110). */
    long aLire(String territoire, boolean region) {
        return jdbc.sql(region
                ? "select count(*) from eig where region_agrement = :t and statut = 'ENVOYE' and not lu_dreets"
                : "select count(*) from eig where departement = :t and statut = 'ENVOYE' and not lu_ddets")
                .param("t", territoire).query(Long.class).single();
    }
}
