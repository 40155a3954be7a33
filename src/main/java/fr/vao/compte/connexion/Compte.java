package fr.vao.compte.connexion;

import fr.vao.plateforme.securite.Portail;

/**
 * An account as the login sees it: an organiser (FO) or an agent (BO).
 *
 * @param statut the organiser's status (NEED_EMAIL_VALIDATION, ...); null for agents
 * @param desactive the agent is deactivated; always false for organisers
 * @param territoireCode the agent's territory; the organiser's region
 */
public record Compte(Portail portail, long id, String email, String motDePasse, String nom, String prenom,
        String statut, boolean desactive, boolean cguAcceptees, String territoireCode, int version) {

    public static final String NEED_EMAIL_VALIDATION = "NEED_EMAIL_VALIDATION";
    public static final String NEED_SIRET_VALIDATION = "NEED_SIRET_VALIDATION";
    public static final String VALIDATED = "VALIDATED";
    public static final String BLOCKED = "BLOCKED";
    public static final String TEMPORARY_BLOCKED = "TEMPORARY_BLOCKED";

    /** Audit form: "FO:3 orga@x.fr". */
    public String trace() {
        return portail + ":" + id + " " + email;
    }

    /** May receive a password reset link (spec §2.2 point 9). */
    public boolean peutReinitialiser() {
        if (portail == Portail.BO) {
            return motDePasse != null && !desactive;
        }
        return VALIDATED.equals(statut) || NEED_SIRET_VALIDATION.equals(statut)
                || NEED_EMAIL_VALIDATION.equals(statut) || TEMPORARY_BLOCKED.equals(statut);
    }
}
