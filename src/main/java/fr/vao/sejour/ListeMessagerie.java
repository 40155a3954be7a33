package fr.vao.sejour;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.vao.messagerie.Etat;

/**
 * The agents' Messagerie page (spec §2.10): the déclarations of their territory having at least one message, driven
 * by the messagerie's read model {@code fil_message} (ADR 0018) joined to the déclarations and to the maintained
 * visibility (ADR 0015): index-backed, no sub-query. Sorted by state (NON LU, LU, REPONDU, then the newest) or date.
 */
@Repository
public class ListeMessagerie {

    /** The sort keys; the default is the state. */
    public static final List<String> TRIS = List.of("etat", "date");

    /** The filters; null = not filtered. */
    public record Filtre(String numero, String libelle, String organisme, Etat etat) {
    }

    /** A déclaration of the list. */
    public record Ligne(long id, String numero, String libelle, String organisme, Etat etat, int nombre,
            OffsetDateTime dernierLe) {
    }

    private final JdbcClient jdbc;

    ListeMessagerie(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param territoire null for a national agent (its rows are those of territory FRA, ADR 0020) */
    private static String from(String territoire, Filtre f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" from fil_message f join declaration_sejour d on d.id = f.fil_id"
                + " join declaration_visibilite v on v.declaration_id = d.id and v.territoire = :territoire");
        params.put("territoire", territoire == null ? ListeAgents.NATIONAL : territoire);
        List<String> c = new ArrayList<>(List.of("f.fil_type = 'declaration'"));
        ListeAgents.filtresTexte(c, params, f.numero(), f.libelle(), f.organisme());
        if (f.etat() != null) {
            c.add("f.etat_agent = :etat");
            params.put("etat", f.etat().rang());
        }
        return sql.append(" where ").append(String.join(" and ", c)).toString();
    }

    public long compter(String territoire, Filtre f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + from(territoire, f, params)).params(params).query(Long.class).single();
    }

    /**
     * @param tri "etat" (NON LU first when ascending, then the newest message) or "date" (of the last message)
     */
    public List<Ligne> page(String territoire, Filtre f, String tri, boolean desc, int taille, int decalage) {
        Map<String, Object> params = new HashMap<>();
        String from = from(territoire, f, params);
        params.put("taille", taille);
        params.put("decalage", decalage);
        String ordre = "date".equals(tri) ? "f.dernier_le" + (desc ? " desc" : " asc")
                : "f.etat_agent" + (desc ? " desc" : " asc") + ", f.dernier_le desc";
        return jdbc.sql("""
                select d.id, d.numero, d.libelle, d.organisme_instantane->>'nom' organisme, f.etat_agent, f.nombre,
                    f.dernier_le""" + from + " order by " + ordre + ", d.id desc limit :taille offset :decalage")
                .params(params)
                .query((rs, n) -> new Ligne(rs.getLong("id"), rs.getString("numero"), rs.getString("libelle"),
                        rs.getString("organisme"), Etat.deRang(rs.getInt("etat_agent")), rs.getInt("nombre"),
                        rs.getObject("dernier_le", OffsetDateTime.class)))
                .list();
    }
}
