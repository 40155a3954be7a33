package fr.vao.sejour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agents' list of déclarations (spec §2.8.9): never drafts; only those of the agent's territory ({@code FRA} for a
 * national agent), through the maintained visibility table, which carries the columns the list sorts and filters on
 * (ADR 0015, ADR 0020): a page is a range of one of its indexes, read before the page's rows are joined; the counters
 * come from the maintained {@code declaration_compteur}.
 */
@Repository
public class ListeAgents {

    /** The territory of the national agents' rows. */
    static final String NATIONAL = "FRA";

    /**
     * Sort keys: a column of the visibility table (index-driven) or, else, of the déclaration or of the messagerie's
     * read model.
     */
    public static final Map<String, String> TRIS = Map.of("numero", "v.numero", "libelle", "lower(d.libelle)",
            "organisme", "lower(d.organisme_instantane->>'nom')", "debut", "v.date_debut", "statut", "v.statut",
            "modification", "v.modifie_le", "messages", "f.etat_agent");

    /** Statuses where an agent has something to do ("Actions à faire"). */
    public static final Set<Statut> A_TRAITER = Set.of(Statut.TRANSMISE, Statut.EN_COURS, Statut.TRANSMISE_8J,
            Statut.EN_COURS_8J);

    /**
     * The filters; null = not filtered.
     *
     * @param etablissement the déclarations of one organisme (spec §2.8.9, the link of its page): a SIRET (14
     *        digits), or a SIREN (9 digits) for a siège and its établissements
     */
    public record Filtre(String numero, String libelle, String organisme, Statut statut, boolean aTraiter,
            Set<Statut> statuts, String etablissement) {

        public Filtre {
            statuts = statuts == null ? Set.of() : Set.copyOf(statuts);
            etablissement = etablissement == null || !etablissement.matches("\\d{9}|\\d{14}") ? null : etablissement;
        }

        /** Filtered on statuses, not on an organisme. */
        public Filtre(String numero, String libelle, String organisme, Statut statut, boolean aTraiter,
                Set<Statut> statuts) {
            this(numero, libelle, organisme, statut, aTraiter, statuts, null);
        }

        /** Filtered on one status at most. */
        public Filtre(String numero, String libelle, String organisme, Statut statut, boolean aTraiter) {
            this(numero, libelle, organisme, statut, aTraiter, Set.of(), null);
        }

        /** Whether the list shows this status as chosen in the filter. */
        public boolean choisi(Statut s) {
            return s == statut || statuts.contains(s);
        }

        /** Only statuses: the counters answer, no row is read. */
        boolean surStatutsSeulement() {
            return numero == null && libelle == null && organisme == null && etablissement == null;
        }
    }

    private final JdbcClient jdbc;

    ListeAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param territoire null for a national agent (everything) */
    private static String territoire(String territoire) {
        return territoire == null ? NATIONAL : territoire;
    }

    /** The statuses the filter keeps, null for all. */
    private static List<String> statuts(Filtre f) {
        if (f.statut() != null) {
            return List.of(f.statut().code());
        }
        if (!f.statuts().isEmpty()) {
            return f.statuts().stream().map(Statut::code).sorted().toList();
        }
        return f.aTraiter() ? A_TRAITER.stream().map(Statut::code).sorted().toList() : null;
    }

    private static final String JOINTURE_DECLARATION = " join declaration_sejour d on d.id = v.declaration_id";

    /**
     * The rows of the visibility table this agent's list shows, joined to the déclaration when a filter or the sort
     * needs one of its columns.
     */
    private static String from(String territoire, Filtre f, Map<String, Object> params, String jointures) {
        StringBuilder sql = new StringBuilder(" from declaration_visibilite v");
        if (!jointures.startsWith(JOINTURE_DECLARATION) && !f.surStatutsSeulement()) {
            sql.append(JOINTURE_DECLARATION);
        }
        sql.append(jointures);
        List<String> c = new ArrayList<>(List.of("v.territoire = :territoire"));
        params.put("territoire", territoire(territoire));
        filtresTexte(c, params, f.numero(), f.libelle(), f.organisme());
        if (f.etablissement() != null) {
            // the organisme's rows by their index (declaration_organisme_idx), its SIRET or its SIREN's
            c.add("d.organisme_id in (select o.id from organisme o where o."
                    + (f.etablissement().length() == 9 ? "siren" : "siret") + " = :etablissement)");
            params.put("etablissement", f.etablissement());
        }
        List<String> statuts = statuts(f);
        if (statuts != null) {
            c.add("v.statut in (:statuts)");
            params.put("statuts", statuts);
        }
        return sql.append(" where ").append(String.join(" and ", c)).toString();
    }

    /**
     * The text filters both agents' lists share (déclarations, messagerie): numéro, title, organisme's name, each
     * "contains", on {@code v} (visibility) and {@code d} (déclaration).
     */
    static void filtresTexte(List<String> c, Map<String, Object> params, String numero, String libelle,
            String organisme) {
        contient(c, params, "v.numero", "numero", numero);
        contient(c, params, "d.libelle", "libelle", libelle);
        contient(c, params, "d.organisme_instantane->>'nom'", "organisme", organisme);
    }

    private static void contient(List<String> c, Map<String, Object> params, String colonne, String nom,
            String valeur) {
        if (valeur != null) {
            c.add(colonne + " ilike :" + nom);
            params.put(nom, "%" + ListeOrganisateur.echapper(valeur) + "%");
        }
    }

    public long compter(String territoire, Filtre f) {
        Map<String, Object> params = new HashMap<>();
        if (f.surStatutsSeulement()) {
            params.put("territoire", territoire(territoire));
            List<String> statuts = statuts(f);
            if (statuts != null) {
                params.put("statuts", statuts);
            }
            return jdbc.sql("select coalesce(sum(nombre), 0) from declaration_compteur where territoire = :territoire"
                    + (statuts == null ? "" : " and statut in (:statuts)")).params(params).query(Long.class).single();
        }
        return jdbc.sql("select count(*)" + from(territoire, f, params, "")).params(params).query(Long.class)
                .single();
    }

    /** Number of déclarations per status (the counters above the list and the dashboards): maintained counters. */
    public Map<Statut, Long> parStatut(String territoire) {
        Map<Statut, Long> m = new java.util.EnumMap<>(Statut.class);
        jdbc.sql("select statut, nombre from declaration_compteur where territoire = :t and nombre > 0")
                .param("t", territoire(territoire))
                .query((rs, n) -> Map.entry(Statut.deCode(rs.getString("statut")), rs.getLong("nombre"))).list()
                .forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /**
     * A page: the ids of its rows (with their sort keys) are read first, in the list's order, from the visibility
     * table's index (skipping the previous pages' entries, not their rows), then the rows themselves.
     */
    public List<LigneDeclaration> page(String territoire, Filtre f, String tri, boolean desc, int taille,
            int decalage) {
        return page(territoire, f, tri, desc, taille, decalage, null);
    }

    /**
     * A page, after the row a keyset cursor names ({@link #curseur}) when it is one of this sort (ADR 0015, ADR
     * 0020): the index range starts at that row, nothing is skipped; otherwise by its offset.
     */
    public List<LigneDeclaration> page(String territoire, Filtre f, String tri, boolean desc, int taille,
            int decalage, String apres) {
        Map<String, Object> params = new HashMap<>();
        String colonne = colonne(tri);
        String jointures = colonne.startsWith("v.") ? ""
                : JOINTURE_DECLARATION + ("messages".equals(tri) ? LigneDeclaration.JOINTURE_MESSAGES : "");
        String from = from(territoire, f, params, jointures);
        params.put("taille", taille);
        Curseur c = Curseur.lire(apres, cleTri(tri), desc);
        if (c != null) {
            from += " and (" + colonne + ", v.declaration_id) " + (desc ? "<" : ">") + " (:cle, :curseur)";
            params.put("cle", c.cle());
            params.put("curseur", c.id());
        }
        params.put("decalage", c != null ? 0 : decalage);
        boolean messages = "messages".equals(tri);
        // the page's keys come out of the index with its ids, so that its 20 rows are sorted again on them alone
        String cles = colonne + " cle" + (messages ? ", f.dernier_le cle2" : "");
        String externe = "p.cle" + sens(colonne, desc) + (messages ? ", p.cle2 desc nulls last" : "")
                + departage(desc).replace("v.", "p.");
        return jdbc.sql(LigneDeclaration.COLONNES_AGENTS + " from (select v.declaration_id, " + cles + from
                + " order by " + ordre(tri, desc) + departage(desc) + " limit :taille offset :decalage) p"
                + " join declaration_sejour d on d.id = p.declaration_id" + LigneDeclaration.JOINTURE_MESSAGES
                + " order by " + externe).params(params).query(LigneDeclaration::lireAvecMessages).list();
    }

    /**
     * The keyset cursor of the page after this row, for the sorts on a column of the visibility table (numéro, start,
     * status, last change); null for the other sorts, which page by offset.
     */
    public String curseur(String territoire, String tri, boolean desc, LigneDeclaration derniere) {
        String cle = cleTri(tri);
        if (!Curseur.TYPES.containsKey(cle)) {
            return null;
        }
        return jdbc.sql("select " + colonne(tri) + "::text from declaration_visibilite v where v.territoire = :t "
                + "and v.declaration_id = :id").param("t", territoire(territoire)).param("id", derniere.id())
                .query(String.class).optional().map(v -> new Curseur(cle, desc, derniere.id(), v).texte())
                .orElse(null);
    }

    private static String cleTri(String tri) {
        return tri != null && TRIS.containsKey(tri) ? tri : "modification";
    }

    /** "after this row": the sort, its direction, the row's id and its key, as text ({@code tri~a|d~id~valeur}). */
    record Curseur(String tri, boolean desc, long id, String valeur) {

        /** The sorts a cursor may follow, with how their key is read back. */
        static final Map<String, java.util.function.Function<String, Object>> TYPES = Map.of(
                "numero", v -> v, "statut", v -> v, "debut", java.time.LocalDate::parse,
                "modification", v -> java.time.OffsetDateTime.parse(v.replace(' ', 'T'),
                        new java.time.format.DateTimeFormatterBuilder()
                                .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                                .appendPattern("[XXX][X]").toFormatter()));

        String texte() {
            return tri + "~" + (desc ? "d" : "a") + "~" + id + "~" + valeur;
        }

        Object cle() {
            return TYPES.get(tri).apply(valeur);
        }

        /** The cursor of this sort in {@code texte}, or null when it is absent, of another sort or malformed. */
        static Curseur lire(String texte, String tri, boolean desc) {
            if (texte == null || !TYPES.containsKey(tri)) {
                return null;
            }
            String[] p = texte.split("~", 4);
            try {
                Curseur c = new Curseur(p[0], "d".equals(p[1]), Long.parseLong(p[2]), p[3]);
                if (!c.tri().equals(tri) || c.desc() != desc) {
                    return null;
                }
                c.cle();
                return c;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** A déclaration as the agents' CSV export has it (spec §2.13). */
    public record LigneExport(String numero, String libelle, java.time.LocalDate debut, java.time.LocalDate fin,
            String periode, String organisme, String email, String telephone, Statut statut,
            java.time.OffsetDateTime creeLe, String departement, String region) {
    }

    /** Every déclaration of the list (all pages), in its order, streamed: the caller consumes it in the transaction. */
    public java.util.stream.Stream<LigneExport> exporter(String territoire, Filtre f, String tri, boolean desc) {
        Map<String, Object> params = new HashMap<>();
        String from = from(territoire, f, params, JOINTURE_DECLARATION
                + " left join territoire t on t.code = d.departement_suivi" + LigneDeclaration.JOINTURE_MESSAGES);
        String ordre = ordre(tri, desc);
        return jdbc.sql("""
                select d.numero, d.libelle, d.date_debut, d.date_fin, d.periode, d.organisme_instantane->>'nom' nom,
                    d.responsable->>'email' email, d.responsable->>'telephone' telephone, d.statut, d.cree_le,
                    d.departement_suivi, t.parent_code region""" + from + " order by " + ordre + departage(desc)).params(params)
                .query((rs, n) -> new LigneExport(rs.getString("numero"), rs.getString("libelle"),
                        rs.getObject("date_debut", java.time.LocalDate.class),
                        rs.getObject("date_fin", java.time.LocalDate.class), rs.getString("periode"),
                        rs.getString("nom"), rs.getString("email"), rs.getString("telephone"),
                        Statut.deCode(rs.getString("statut")),
                        rs.getObject("cree_le", java.time.OffsetDateTime.class), rs.getString("departement_suivi"),
                        rs.getString("region")))
                .stream();
    }

    /** The column of a sort key from the whitelist (the last modified first by default). */
    private static String colonne(String tri) {
        String colonne = tri == null ? null : TRIS.get(tri);
        return colonne == null ? "v.modifie_le" : colonne;
    }

    /**
     * The ORDER BY of a sort key. On a column of the visibility table the default placement of nulls and the same
     * direction for the tie-breaker ({@link #departage}) let the index give the order, forward or backward. "messages"
     * (spec §2.8.9: NON LU &lt; LU &lt; REPONDU, then the newest message first) needs the join of the messagerie's
     * read model.
     */
    static String ordre(String tri, boolean desc) {
        String colonne = colonne(tri);
        String ordre = colonne + sens(colonne, desc);
        return "messages".equals(tri) ? ordre + ", f.dernier_le desc nulls last" : ordre;
    }

    private static String sens(String colonne, boolean desc) {
        return (desc ? " desc" : " asc") + (colonne.startsWith("v.") ? "" : " nulls last");
    }

    /** The tie-breaker of the list's order, in the direction of the sort key. */
    private static String departage(boolean desc) {
        return ", v.declaration_id" + (desc ? " desc" : " asc");
    }
}
