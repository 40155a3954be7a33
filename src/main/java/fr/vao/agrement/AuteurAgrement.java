package fr.vao.agrement;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Who acts on an agrément, as its history records it (spec §2.6: sources "usager", "DREETS", "Automate VAO- Accord
 * Tacite").
 *
 * @param source the history's source: {@code usager}, {@code DREETS IDF}, {@code Automate VAO- Accord Tacite}
 * @param audit how the audit log names the actor
 * @param nom the person's name, shown in the history; null for the automate
 */
public record AuteurAgrement(Long organisateurId, Long agentId, String source, String audit, String nom) {

    public static final String SOURCE_USAGER = "usager";
    public static final String SOURCE_ACCORD_TACITE = "Automate VAO- Accord Tacite";

    public static AuteurAgrement de(UtilisateurConnecte u) {
        String audit = u.portail() + ":" + u.id() + " " + u.email();
        return u.portail() == Portail.FO ? new AuteurAgrement(u.id(), null, SOURCE_USAGER, audit, u.nomComplet())
                : new AuteurAgrement(null, u.id(), "DREETS " + u.territoireCode(), audit,
                        u.nomComplet());
    }

    public static AuteurAgrement automate() {
        return new AuteurAgrement(null, null, SOURCE_ACCORD_TACITE, "SYSTEME", null);
    }
}
