package fr.vao.agrement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agents' agrément list (spec §2.6): the agréments of a région (index {@code agrement_region_statut_idx}), or
 * of every région for a national agent ({@code agrement_statut_depot_idx}), never the drafts nor the replaced ones,
 * with the organisme's name and SIRET joined by their keys.
 */
@Repository
class ListeAgrements {

    /** The sortable columns and their SQL (spec: nom, siret, statut, date de dépôt, numéro). */
    static final Map<String, String> TRIS = new LinkedHashMap<>();

    static {
        TRIS.put("nom", "lower(nom)");
        TRIS.put("siret", "siret");
        TRIS.put("statut", "rang_statut");
        TRIS.put("depot", "date_depot");
        TRIS.put("numero", "lower(numero)");
    }

    private static final String SELECTION = """
            select * from (
                select a.id, a.numero, a.statut, a.type_depot, a.date_depot, a.date_obtention, a.date_fin_validite,
                       a.region_obtention, o.siret, a.version, f.etat_agent,
                       coalesce(i.raison_sociale, nullif(trim(coalesce(i.prenom, '') || ' '
                                || coalesce(nullif(i.nom_usage, ''), i.nom_naissance, '')), ''), o.siret) as nom,
                       array_position(array['TRANSMIS', 'PRIS_EN_CHARGE', 'A_COMPLETER', 'EN_INSTRUCTION',
                                            'A_CORRIGER', 'VALIDE', 'REFUSE']::varchar[], a.statut) as rang_statut
                from agrement a
                join organisme o on o.id = a.organisme_id
                left join organisme_identite i on i.organisme_id = o.id and i.courante
                left join fil_message f on f.fil_type = 'agrement' and f.fil_id = a.id
                where not a.supprime and a.statut <> 'BROUILLON' %s %s
            ) l
            where (:nom is null or lower(nom) like :nom) and (:siret is null or siret like :siret)
              and (:numero is null or lower(numero) like :numero)""";

    private final JdbcClient jdbc;

    ListeAgrements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The selection, with the région's condition for a regional agent and the status condition when statuses are
     * chosen: written only when they apply, so that every plan (custom or generic) reads the région's index.
     */
    private static String selection(String region, FiltreAgrements f) {
        return SELECTION.formatted(region == null ? "" : "and a.region_obtention = :region",
                f.statuts().isEmpty() ? "" : "and a.statut in (:statuts)");
    }

    private JdbcClient.StatementSpec avecFiltre(String sql, String region, FiltreAgrements f) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        if (!f.statuts().isEmpty()) {
            spec = spec.param("statuts", f.statuts().stream().map(StatutAgrement::name).sorted().toList());
        }
        if (region != null) {
            spec = spec.param("region", region);
        }
        return spec.param("nom", contient(f.nom()), java.sql.Types.VARCHAR)
                .param("siret", f.siret() == null ? null : "%" + f.siret().replace(" ", "") + "%",
                        java.sql.Types.VARCHAR)
                .param("numero", contient(f.numero()), java.sql.Types.VARCHAR);
    }

    private static String contient(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        return "%" + texte.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    /** @param region null: every région (a national agent) */
    long compter(String region, FiltreAgrements f) {
        return avecFiltre("select count(*) from (" + selection(region, f) + ") c", region, f).query(Long.class)
                .single();
    }

    List<LigneAgrement> page(String region, FiltreAgrements f, String tri, boolean desc, int taille, int decalage) {
        return avecFiltre(sqlPage(region, f, tri, desc), region, f).param("taille", taille)
                .param("decalage", decalage).query(ListeAgrements::ligne).list();
    }

    /** The SQL of a page (its plan is tested: ListeAgrementsIndexeeTest). */
    static String sqlPage(String region, FiltreAgrements f, String tri, boolean desc) {
        return selection(region, f) + ordre(tri, desc) + " limit :taille offset :decalage";
    }

    /** The plan of a page, as PostgreSQL would run it with these parameters. */
    List<String> plan(String region, FiltreAgrements f, String tri, boolean desc) {
        return avecFiltre("explain " + sqlPage(region, f, tri, desc), region, f).param("taille", 20)
                .param("decalage", 0).query(String.class).list();
    }

    /** Every row of the filtered list, in its order, streamed for the CSV (inside the caller's transaction). */
    Stream<LigneAgrement> exporter(String region, FiltreAgrements f, String tri, boolean desc) {
        return avecFiltre(selection(region, f) + ordre(tri, desc), region, f).query(ListeAgrements::ligne).stream();
    }

    /** The number of agréments of each status (drafts excepted) of the région, or of all. */
    Map<StatutAgrement, Long> parStatut(String region) {
        Map<StatutAgrement, Long> compte = new EnumMap<>(StatutAgrement.class);
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select statut, count(*) from agrement
                where not supprime and statut <> 'BROUILLON'"""
                + (region == null ? "" : " and region_obtention = :region") + " group by statut");
        if (region != null) {
            spec = spec.param("region", region);
        }
        spec.query((rs, n) -> compte.put(StatutAgrement.valueOf(rs.getString(1)), rs.getLong(2))).list();
        Map<StatutAgrement, Long> ordonne = new LinkedHashMap<>();
        for (StatutAgrement s : StatutAgrement.values()) {
            if (compte.containsKey(s)) {
                ordonne.put(s, compte.get(s));
            }
        }
        return ordonne;
    }

    /** The number of agréments of the région (or of all) whose latest message is the organiser's, unread. */
    long nonLus(String region) {
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select count(*) from fil_message f join agrement a on a.id = f.fil_id
                where f.fil_type = 'agrement' and f.etat_agent = 1 and not a.supprime
                """ + (region == null ? "" : " and a.region_obtention = :region"));
        return (region == null ? spec : spec.param("region", region)).query(Long.class).single();
    }

    /** The name and SIRET of the organisme of an agrément, as the list shows them (the mails name it so). */
    java.util.Optional<String[]> organisme(long agrementId) {
        return jdbc.sql("""
                select coalesce(i.raison_sociale, nullif(trim(coalesce(i.prenom, '') || ' '
                           || coalesce(nullif(i.nom_usage, ''), i.nom_naissance, '')), ''), o.siret), o.siret
                from agrement a join organisme o on o.id = a.organisme_id
                left join organisme_identite i on i.organisme_id = o.id and i.courante
                where a.id = :id""").param("id", agrementId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    private static String ordre(String tri, boolean desc) {
        String colonne = TRIS.getOrDefault(tri, "date_depot");
        // the two directions are each other's reverse, so that one index serves both
        String sens = desc ? " desc nulls last" : " asc nulls first";
        List<String> cles = new ArrayList<>(List.of(colonne + sens));
        cles.add("id" + (desc ? " desc" : " asc"));
        return " order by " + String.join(", ", cles);
    }

    private static LigneAgrement ligne(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LigneAgrement(rs.getLong("id"), rs.getString("numero"),
                StatutAgrement.valueOf(rs.getString("statut")),
                rs.getString("type_depot"), rs.getObject("date_depot", java.time.LocalDate.class),
                rs.getObject("date_obtention", java.time.LocalDate.class),
                rs.getObject("date_fin_validite", java.time.LocalDate.class), rs.getString("region_obtention"),
                rs.getString("nom"), rs.getString("siret"), rs.getInt("version"),
                fr.vao.messagerie.Etat.deRang(rs.getInt("etat_agent")));
    }
}
