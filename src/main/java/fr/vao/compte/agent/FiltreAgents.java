package fr.vao.compte.agent;

/**
 * Filters of the agents list; null or blank means "any".
 *
 * @param statut {@code actif}, {@code inactif} or null
 * @param aFaire only accounts not activated yet
 */
public record FiltreAgents(String nom, String prenom, String email, String territoire, String statut, boolean aFaire) {
}
