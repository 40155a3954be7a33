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
}
