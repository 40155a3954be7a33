package fr.vao.compte;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The active agents other modules notify: by role and by the territory they are attached to. */
@Component
public class AnnuaireAgents {

    private final JdbcClient jdbc;

    AnnuaireAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** E-mail addresses of the active agents holding this role and attached to one of these territory codes. */
    public List<String> emails(String role, Collection<String> territoires) {
        if (territoires.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct a.email from agent a join agent_role r on r.agent_id = a.id
                where r.role = :role and a.territoire_code in (:territoires) and not a.desactive
                order by a.email""").param("role", role).param("territoires", territoires).query(String.class)
                .list();
    }

    /**
     * E-mail addresses of the active agents attached to this territory code, whatever their roles (the weekly
     * recap of the déclarations goes to every agent of the DDETS, spec §2.8.8).
     */
    public List<String> emailsDuTerritoire(String territoire) {
        return jdbc.sql("""
                select a.email from agent a where a.territoire_code = :territoire and not a.desactive
                order by a.email""").param("territoire", territoire).query(String.class).list();
    }

    /** An active agent as another module lists it (issue 6: the agents of an inspection). */
    public record AgentActif(long id, String prenom, String nom, String email, String territoire) {

        public String nomComplet() {
            return prenom + " " + nom;
        }
    }

    /** The active agents holding this role and attached to one of these territory codes, by name. */
    public List<AgentActif> avecRole(String role, Collection<String> territoires) {
        if (territoires.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.id, a.prenom, a.nom, a.email, a.territoire_code from agent a
                join agent_role r on r.agent_id = a.id
                where r.role = :role and a.territoire_code in (:territoires) and not a.desactive
                order by a.nom, a.prenom, a.id""").param("role", role).param("territoires", territoires)
                .query((rs, n) -> new AgentActif(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** These agents (active or not), by name. */
    public List<AgentActif> parIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.id, a.prenom, a.nom, a.email, a.territoire_code from agent a where a.id in (:ids)
                order by a.nom, a.prenom, a.id""").param("ids", ids)
                .query((rs, n) -> new AgentActif(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }
}
