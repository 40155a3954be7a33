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

    /** Sort keys → column (whitelist: never a parameter in the SQL). */
    public static final Map<String, String> TRIS = Map.of("numero", "d.numero", "libelle", "lower(d.libelle)",
            "departement", "d.departement_suivi", "siret", "d.organisme_instantane->>'siret'", "debut",
            "d.date_debut", "statut", "d.statut", "modification", "d.modifie_le");

    /** The filters of the list; null = not filtered. */
    public record Filtre(String numero, String libelle, Statut statut, String periode) {
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
        if (f.statut() != null) {
            c.add("d.statut = :statut");
            params.put("statut", f.statut().code());
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

    public List<LigneDeclaration> page(List<Long> organismes, Filtre f, String tri, boolean desc, int taille,
            int decalage) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organismes, f, params);
        params.put("taille", taille);
        params.put("decalage", decalage);
        String ordre = ordre(tri, desc);
        return jdbc.sql(LigneDeclaration.COLONNES + " from declaration_sejour d" + where + " order by " + ordre
                + ", d.id desc limit :taille offset :decalage").params(params)
                .query(LigneDeclaration::lire).list();
    }

    /** The ORDER BY of a sort key from the whitelist (the last modified first by default). */
    static String ordre(String tri, boolean desc) {
        String colonne = tri == null ? null : TRIS.get(tri);
        return (colonne == null ? "d.modifie_le" : colonne) + (desc ? " desc nulls last" : " asc nulls last");
    }
}
