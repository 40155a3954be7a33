package fr.vao.sejour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agents' list of déclarations (spec §2.8.9): never drafts; for an agent below the national level, only those
 * of its territory, through the maintained visibility table (ADR 0015): an index-driven join, no sub-query.
 */
@Repository
public class ListeAgents {

    public static final Map<String, String> TRIS = Map.of("numero", "d.numero", "libelle", "lower(d.libelle)",
            "organisme", "lower(d.organisme_instantane->>'nom')", "debut", "d.date_debut", "statut", "d.statut",
            "modification", "d.modifie_le");

    /** Statuses where an agent has something to do ("Actions à faire"). */
    public static final Set<Statut> A_TRAITER = Set.of(Statut.TRANSMISE, Statut.EN_COURS, Statut.TRANSMISE_8J,
            Statut.EN_COURS_8J);

    /** The filters; null = not filtered. */
    public record Filtre(String numero, String libelle, String organisme, Statut statut, boolean aTraiter,
            Set<Statut> statuts) {

        public Filtre {
            statuts = statuts == null ? Set.of() : Set.copyOf(statuts);
        }

        /** Filtered on one status at most. */
        public Filtre(String numero, String libelle, String organisme, Statut statut, boolean aTraiter) {
            this(numero, libelle, organisme, statut, aTraiter, Set.of());
        }

        /** Whether the list shows this status as chosen in the filter. */
        public boolean choisi(Statut s) {
            return s == statut || statuts.contains(s);
        }
    }

    private final JdbcClient jdbc;

    ListeAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param territoire null for a national agent (everything) */
    private String from(String territoire, Filtre f, Map<String, Object> params) {
        return from(territoire, f, params, "");
    }

    private String from(String territoire, Filtre f, Map<String, Object> params, String jointure) {
        StringBuilder sql = new StringBuilder(" from declaration_sejour d");
        if (territoire != null) {
            sql.append(" join declaration_visibilite v on v.declaration_id = d.id and v.territoire = :territoire");
            params.put("territoire", territoire);
        }
        sql.append(jointure);
        List<String> c = new ArrayList<>(List.of("d.statut <> 'BROUILLON'"));
        if (f.numero() != null) {
            c.add("d.numero ilike :numero");
            params.put("numero", "%" + ListeOrganisateur.echapper(f.numero()) + "%");
        }
        if (f.libelle() != null) {
            c.add("d.libelle ilike :libelle");
            params.put("libelle", "%" + ListeOrganisateur.echapper(f.libelle()) + "%");
        }
        if (f.organisme() != null) {
            c.add("d.organisme_instantane->>'nom' ilike :organisme");
            params.put("organisme", "%" + ListeOrganisateur.echapper(f.organisme()) + "%");
        }
        if (f.statut() != null) {
            c.add("d.statut = :statut");
            params.put("statut", f.statut().code());
        } else if (!f.statuts().isEmpty()) {
            c.add("d.statut in (:statuts)");
            params.put("statuts", f.statuts().stream().map(Statut::code).toList());
        } else if (f.aTraiter()) {
            c.add("d.statut in (:aTraiter)");
            params.put("aTraiter", A_TRAITER.stream().map(Statut::code).toList());
        }
        return sql.append(" where ").append(String.join(" and ", c)).toString();
    }

    public long compter(String territoire, Filtre f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + from(territoire, f, params)).params(params).query(Long.class).single();
    }

    /** Number of déclarations per status (the counters above the list). */
    public Map<Statut, Long> parStatut(String territoire) {
        Map<String, Object> params = new HashMap<>();
        Map<Statut, Long> m = new java.util.EnumMap<>(Statut.class);
        jdbc.sql("select d.statut, count(*) n" + from(territoire, new Filtre(null, null, null, null, false), params)
                + " group by d.statut").params(params)
                .query((rs, n) -> m.put(Statut.deCode(rs.getString("statut")), rs.getLong("n"))).list();
        return m;
    }

    public List<LigneDeclaration> page(String territoire, Filtre f, String tri, boolean desc, int taille,
            int decalage) {
        Map<String, Object> params = new HashMap<>();
        String from = from(territoire, f, params);
        params.put("taille", taille);
        params.put("decalage", decalage);
        String ordre = ordre(tri, desc);
        return jdbc.sql(LigneDeclaration.COLONNES + from
                + " order by " + ordre + ", d.id desc limit :taille offset :decalage").params(params)
                .query(LigneDeclaration::lire).list();
    }

    /** A déclaration as the agents' CSV export has it (spec §2.13). */
    public record LigneExport(String numero, String libelle, java.time.LocalDate debut, java.time.LocalDate fin,
            String periode, String organisme, String email, String telephone, Statut statut,
            java.time.OffsetDateTime creeLe, String departement, String region) {
    }

    /** Every déclaration of the list (all pages), in its order, streamed: the caller consumes it in the transaction. */
    public java.util.stream.Stream<LigneExport> exporter(String territoire, Filtre f, String tri, boolean desc) {
        Map<String, Object> params = new HashMap<>();
        String from = from(territoire, f, params, " left join territoire t on t.code = d.departement_suivi");
        String ordre = ordre(tri, desc);
        return jdbc.sql("""
                select d.numero, d.libelle, d.date_debut, d.date_fin, d.periode, d.organisme_instantane->>'nom' nom,
                    d.responsable->>'email' email, d.responsable->>'telephone' telephone, d.statut, d.cree_le,
                    d.departement_suivi, t.parent_code region""" + from + " order by " + ordre + ", d.id desc").params(params)
                .query((rs, n) -> new LigneExport(rs.getString("numero"), rs.getString("libelle"),
                        rs.getObject("date_debut", java.time.LocalDate.class),
                        rs.getObject("date_fin", java.time.LocalDate.class), rs.getString("periode"),
                        rs.getString("nom"), rs.getString("email"), rs.getString("telephone"),
                        Statut.deCode(rs.getString("statut")),
                        rs.getObject("cree_le", java.time.OffsetDateTime.class), rs.getString("departement_suivi"),
                        rs.getString("region")))
                .stream();
    }

    /** The ORDER BY of a sort key from the whitelist (the last modified first by default). */
    static String ordre(String tri, boolean desc) {
        String colonne = tri == null ? null : TRIS.get(tri);
        return (colonne == null ? "d.modifie_le" : colonne) + (desc ? " desc nulls last" : " asc nulls last");
    }
}
