package fr.vao.compte.agent;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * An agent account of the back office (spec §1.2).
 *
 * @param activeLe when the agent chose its password (null: not activated yet, "actions à faire")
 * @param desactive deactivated by an administrator: cannot log in
 * @param version optimistic lock
 */
public record Agent(long id, String email, String nom, String prenom, String territoireCode, OffsetDateTime activeLe,
        boolean desactive, OffsetDateTime desactiveLe, int version, Set<String> roles) {

    public boolean estActive() {
        return activeLe != null;
    }

    public String designation() {
        return "BO:" + id + " " + email;
    }
}
