package fr.vao.plateforme.securite;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The person behind a session, stored in the session (serialised): an organiser or an agent.
 *
 * @param portail the portal the user logged in to
 * @param id the user's id in its portal's store
 * @param email lower-cased e-mail
 * @param nom last name
 * @param prenom first name
 * @param roles BO roles; for organisers their EIG roles (Eig_Lecture, Eig_Ecriture), read at login
 * @param territoireCode the agent's territory ({@code FRA}, a region or a département); the organiser's region
 * @param niveau {@code NAT}, {@code REG} or {@code DEP} for agents; null for organisers
 */
public record UtilisateurConnecte(Portail portail, long id, String email, String nom, String prenom, Set<String> roles,
        String territoireCode, String niveau) implements Principal, Serializable {

    /** The session index key: unique across both portals, so that a login ends this user's other sessions only. */
    @Override
    public String getName() {
        return cle(portail, id);
    }

    public static String cle(Portail portail, long id) {
        return portail + ":" + id;
    }

    public boolean aRole(String role) {
        return roles.contains(role);
    }

    public boolean estNational() {
        return "NAT".equals(niveau);
    }

    public boolean estRegional() {
        return "REG".equals(niveau);
    }

    public String nomComplet() {
        return prenom + " " + nom;
    }
}
