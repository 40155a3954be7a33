package fr.vao.compte.agent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agent accounts (tables {@code agent}, {@code agent_role}), in plain SQL. */
@Repository
public class Agents {

    /** Sort keys of the list and their SQL (whitelist: the key never reaches the SQL itself). */
    public static final Map<String, String> TRIS = Map.of(
            "nom", "lower(a.nom) %s, lower(a.prenom) %s",
            "prenom", "lower(a.prenom) %s, lower(a.nom) %s",
            "email", "a.email %s",
            "territoire", "a.territoire_code %s",
            "competence", "case t.niveau when 'NAT' then 0 when 'REG' then 1 else 2 end %s, a.territoire_code %s",
            "active", "a.active_le %s nulls first",
            "actif", "a.desactive %s");

    private final JdbcClient jdbc;

    Agents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Ligne(long id, String email, String nom, String prenom, String territoireCode,
            OffsetDateTime activeLe, boolean desactive, OffsetDateTime desactiveLe, int version) {
    }

    public Optional<Agent> trouver(long id) {
        return jdbc.sql("""
                select id, email, nom, prenom, territoire_code, active_le, desactive, desactive_le, version
                from agent where id = :id""").param("id", id).query(Ligne.class).optional().map(this::avecRoles);
    }

    public Optional<Agent> trouverParEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, email, nom, prenom, territoire_code, active_le, desactive, desactive_le, version
                from agent where email = :email""").param("email", email.strip().toLowerCase(Locale.ROOT))
                .query(Ligne.class).optional().map(this::avecRoles);
    }

    private Agent avecRoles(Ligne l) {
        return new Agent(l.id(), l.email(), l.nom(), l.prenom(), l.territoireCode(), l.activeLe(), l.desactive(),
                l.desactiveLe(), l.version(), roles(l.id()));
    }

    /** Those of these agents holding this role (the CSV's role columns), in one query. */
    public Set<Long> avecRole(String role, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select agent_id from agent_role where role = :r and agent_id in (:ids)")
                .param("r", role).param("ids", ids).query(Long.class).list());
    }

    public Set<String> roles(long id) {
        return new LinkedHashSet<>(jdbc.sql("select role from agent_role where agent_id = :id order by role")
                .param("id", id).query(String.class).list());
    }

    /** Inserts an agent without password; returns its id. */
    public long creer(String email, String nom, String prenom, String territoireCode, Long creePar,
            OffsetDateTime maintenant) {
        return jdbc.sql("""
                insert into agent (email, nom, prenom, territoire_code, cree_par_agent_id, cree_le, modifie_le)
                values (:email, :nom, :prenom, :territoire, :creePar, :maintenant, :maintenant) returning id""")
                .param("email", email).param("nom", nom).param("prenom", prenom).param("territoire", territoireCode)
                .param("creePar", creePar).param("maintenant", maintenant)
                .query(Long.class).single();
    }

    /** Updates names and territory if the version is still {@code version}; false when somebody changed it. */
    public boolean modifier(long id, int version, String nom, String prenom, String territoireCode,
            OffsetDateTime maintenant) {
        return jdbc.sql("""
                update agent set nom = :nom, prenom = :prenom, territoire_code = :territoire, modifie_le = :maintenant,
                       version = version + 1
                where id = :id and version = :version""")
                .param("nom", nom).param("prenom", prenom).param("territoire", territoireCode)
                .param("maintenant", maintenant).param("id", id).param("version", version).update() == 1;
    }

    public void remplacerRoles(long id, Collection<String> roles) {
        jdbc.sql("delete from agent_role where agent_id = :id").param("id", id).update();
        for (String role : roles) {
            jdbc.sql("insert into agent_role (agent_id, role) values (:id, :role)")
                    .param("id", id).param("role", role).update();
        }
    }

    /** Sets the first password of a not-yet-activated agent; false if it was activated meanwhile. */
    public boolean activer(long id, String hash, OffsetDateTime maintenant) {
        return jdbc.sql("""
                update agent set mot_de_passe = :hash, active_le = :maintenant, modifie_le = :maintenant,
                       version = version + 1
                where id = :id and active_le is null and not desactive""")
                .param("hash", hash).param("maintenant", maintenant).param("id", id).update() == 1;
    }

    public boolean desactiver(long id, int version, long par, OffsetDateTime maintenant) {
        return jdbc.sql("""
                update agent set desactive = true, desactive_par_agent_id = :par, desactive_le = :maintenant,
                       modifie_le = :maintenant, version = version + 1
                where id = :id and version = :version and not desactive""")
                .param("par", par).param("maintenant", maintenant).param("id", id).param("version", version)
                .update() == 1;
    }

    public boolean reactiver(long id, int version, OffsetDateTime maintenant) {
        return jdbc.sql("""
                update agent set desactive = false, desactive_par_agent_id = null, desactive_le = null,
                       modifie_le = :maintenant, version = version + 1
                where id = :id and version = :version and desactive""")
                .param("maintenant", maintenant).param("id", id).param("version", version).update() == 1;
    }

    /**
     * A page of the agents within {@code perimetre} (territory codes; null: every territory) matching the filter.
     *
     * @param tri a key of {@link #TRIS} (anything else sorts by nom)
     */
    public List<LigneAgent> rechercher(Collection<String> perimetre, FiltreAgents filtre, String tri,
            boolean descendant, int limite, int decalage) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(perimetre, filtre, params);
        String ordre = TRIS.getOrDefault(tri == null ? "nom" : tri, TRIS.get("nom")).replace("%s", descendant ? "desc" : "asc");
        params.put("limite", limite);
        params.put("decalage", decalage);
        return jdbc.sql("""
                select a.id, a.email, a.nom, a.prenom, a.territoire_code, t.niveau, a.active_le, a.desactive
                from agent a join territoire t on t.code = a.territoire_code
                """ + where + " order by " + ordre + ", a.id limit :limite offset :decalage")
                .params(params).query(LigneAgent.class).list();
    }

    public long compter(Collection<String> perimetre, FiltreAgents filtre) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(perimetre, filtre, params);
        return jdbc.sql("select count(*) from agent a join territoire t on t.code = a.territoire_code " + where)
                .params(params).query(Long.class).single();
    }

    private static String conditions(Collection<String> perimetre, FiltreAgents f, Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        c.add("true");
        if (perimetre != null) {
            c.add("a.territoire_code in (:perimetre)");
            params.put("perimetre", perimetre.isEmpty() ? List.of("") : perimetre);
        }
        contient(c, params, "lower(a.nom)", "nom", f.nom());
        contient(c, params, "lower(a.prenom)", "prenom", f.prenom());
        contient(c, params, "a.email", "email", f.email());
        if (f.territoire() != null && !f.territoire().isBlank()) {
            c.add("a.territoire_code = :territoire");
            params.put("territoire", f.territoire());
        }
        if ("actif".equals(f.statut())) {
            c.add("not a.desactive");
        } else if ("inactif".equals(f.statut())) {
            c.add("a.desactive");
        }
        if (f.aFaire()) {
            c.add("a.active_le is null");
        }
        return "where " + String.join(" and ", c);
    }

    private static void contient(List<String> c, Map<String, Object> params, String colonne, String nom,
            String valeur) {
        if (valeur != null && !valeur.isBlank()) {
            c.add(colonne + " like :" + nom + " escape '\\'");
            String echappe = valeur.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            params.put(nom, "%" + echappe + "%");
        }
    }
}
