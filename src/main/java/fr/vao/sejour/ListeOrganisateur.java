package fr.vao.sejour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organiser's list of déclarations (spec §2.8.9): its organismes', filtered, sorted, paginated. */
@Repository
public class ListeOrganisateur {

    /**
     * Sort keys → column (whitelist: never a parameter in the SQL); "messages" is the organiser's state of the
     * messagerie, from its read model (ADR 0018), symmetric to the agents' list.
     */
    public static final Map<String, String> TRIS = Map.of("numero", "d.numero", "libelle", "lower(d.libelle)",
            "departement", "d.departement_suivi", "siret", "d.organisme_instantane->>'siret'", "debut",
            "d.date_debut", "statut", "d.statut", "modification", "d.modifie_le", "messages", "f.etat_organisateur");

    /** The filters of the list; null = not filtered. */
    public record Filtre(String numero, String libelle, java.util.Set<Statut> statuts, String periode) {

        public Filtre {
            statuts = statuts == null ? java.util.Set.of() : java.util.Set.copyOf(statuts);
        }
    }

    private final JdbcClient jdbc;

    ListeOrganisateur(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private String where(List<Long> organismes, Filtre f, Map<String, Object> params) {
        List<String> c = new ArrayList<>(List.of("d.organisme_id in (:organismes)"));
        params.put("organismes", organismes);
        if (f.numero() != null) {
            c.add("d.numero ilike :numero");
            params.put("numero", "%" + echapper(f.numero()) + "%");
        }
        if (f.libelle() != null) {
            c.add("d.libelle ilike :libelle");
            params.put("libelle", "%" + echapper(f.libelle()) + "%");
        }
        if (!f.statuts().isEmpty()) {
            c.add("d.statut in (:statuts)");
            params.put("statuts", f.statuts().stream().map(Statut::code).toList());
        }
        if (f.periode() != null) {
            c.add("d.periode = :periode");
            params.put("periode", f.periode());
        }
        return " where " + String.join(" and ", c);
    }

    static String echapper(String texte) {
        return texte.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public long compter(List<Long> organismes, Filtre f) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organismes, f, params);
        return jdbc.sql("select count(*) from declaration_sejour d" + where).params(params).query(Long.class)
                .single();
    }

    /** Number of déclarations per status of these organismes (the home counters): one grouped query. */
    public Map<Statut, Long> parStatut(List<Long> organismes) {
        Map<Statut, Long> m = new java.util.EnumMap<>(Statut.class);
        jdbc.sql("select d.statut, count(*) n from declaration_sejour d where d.organisme_id in (:organismes)"
                + " group by d.statut").param("organismes", organismes)
                .query((rs, n) -> m.put(Statut.deCode(rs.getString("statut")), rs.getLong("n"))).list();
        return m;
    }

    public List<LigneDeclaration> page(List<Long> organismes, Filtre f, String tri, boolean desc, int taille,
            int decalage) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organismes, f, params);
        params.put("taille", taille);
        params.put("decalage", decalage);
        String ordre = ordre(tri, desc);
        return jdbc.sql(LigneDeclaration.COLONNES_ORGANISATEUR + " from declaration_sejour d"
                + LigneDeclaration.JOINTURE_MESSAGES + where + " order by " + ordre
                + ", d.id desc limit :taille offset :decalage").params(params)
                .query(LigneDeclaration::lireAvecMessages).list();
    }

    /** A déclaration as the organiser's CSV has it (spec §2.8.9), its hébergements' names joined. */
    public record LigneExport(String numero, String libelle, String departement, String etablissement, String siret,
            java.time.LocalDate debut, java.time.LocalDate fin, Statut statut, String hebergements) {
    }

    /** Every déclaration of the list (all pages), in its order; the hébergements aggregated in the same query. */
    public List<LigneExport> exporter(List<Long> organismes, Filtre f, String tri, boolean desc) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organismes, f, params);
        return jdbc.sql("""
                select d.numero, d.libelle, d.departement_suivi, d.organisme_instantane->>'nom' nom,
                    d.organisme_instantane->>'siret' siret, d.date_debut, d.date_fin, d.statut,
                    string_agg(h.nom, ', ' order by h.ordre) hebergements
                from declaration_sejour d left join declaration_hebergement h on h.declaration_id = d.id"""
                + LigneDeclaration.JOINTURE_MESSAGES + where + " group by d.id, f.fil_type, f.fil_id order by " + ordre(tri, desc) + ", d.id desc")
                .params(params)
                .query((rs, n) -> new LigneExport(rs.getString("numero"), rs.getString("libelle"),
                        rs.getString("departement_suivi"), rs.getString("nom"), rs.getString("siret"),
                        rs.getObject("date_debut", java.time.LocalDate.class),
                        rs.getObject("date_fin", java.time.LocalDate.class), Statut.deCode(rs.getString("statut")),
                        rs.getString("hebergements")))
                .list();
    }

    /**
     * The ORDER BY of a sort key from the whitelist (the last modified first by default); "messages" as on the agents'
     * list: NON LU &lt; LU &lt; REPONDU, then the newest message first, déclarations without message last.
     */
    static String ordre(String tri, boolean desc) {
        String colonne = tri == null ? null : TRIS.get(tri);
        String ordre = (colonne == null ? "d.modifie_le" : colonne) + (desc ? " desc nulls last" : " asc nulls last");
        return "messages".equals(tri) ? ordre + ", f.dernier_le desc nulls last" : ordre;
    }
}
