package fr.vao.document;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The RGPD deletions of documents (ADR 0021): this module does not know whose objects it stores documents for, so the
 * module that owns the objects gives their ids, counts and deletes their documents (bytes included) through here, in
 * its transaction, after deleting its own rows that point to them.
 */
@Service
public class SuppressionDocuments {

    private final JdbcClient jdbc;

    SuppressionDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of documents attached to these objects of this kind, or among these ids. */
    public long compter(String type, Collection<Long> objets, Collection<UUID> ids) {
        if (objets.isEmpty() && ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from document where " + condition(objets, ids))
                .params(parametres(type, objets, ids)).query(Long.class).single();
    }

    /** Deletes the documents attached to these objects of this kind, and those of these ids; returns how many. */
    public int supprimer(String type, Collection<Long> objets, Collection<UUID> ids) {
        if (objets.isEmpty() && ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from document where " + condition(objets, ids))
                .params(parametres(type, objets, ids)).update();
    }

    /** The documents uploaded by these organisers and never attached to anything (forms left unsaved). */
    public long compterNonRattaches(Collection<Long> organisateurs) {
        if (organisateurs.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from document
                where rattachement_type is null and depose_portail = 'FO' and depose_par in (:ids)""")
                .param("ids", organisateurs).query(Long.class).single();
    }

    public int supprimerNonRattaches(Collection<Long> organisateurs) {
        if (organisateurs.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                delete from document
                where rattachement_type is null and depose_portail = 'FO' and depose_par in (:ids)""")
                .param("ids", organisateurs).update();
    }

    private static String condition(Collection<Long> objets, Collection<UUID> ids) {
        String rattaches = "(rattachement_type = :type and rattachement_id in (:objets))";
        String designes = "id in (:ids)";
        return objets.isEmpty() ? designes : ids.isEmpty() ? rattaches : rattaches + " or " + designes;
    }

    private static java.util.Map<String, Object> parametres(String type, Collection<Long> objets,
            Collection<UUID> ids) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("type", type);
        if (!objets.isEmpty()) {
            p.put("objets", objets);
        }
        if (!ids.isEmpty()) {
            p.put("ids", ids);
        }
        return p;
    }
}
