package fr.vao.sejour;

import java.time.LocalDate;
import java.util.List;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The port through which the controle module fills the "Contrôle" tab of a déclaration's detail (issue 6), without
 * this module depending on it. No bean: no tab. On the organiser's portal it lists only the inspections whose report
 * was sent (ADR 0030).
 */
public interface OngletControle {

    /** One inspection of the déclaration; {@code chemin}: its page on the user's portal, {@code rapport}: the PDF. */
    record Ligne(long id, String statut, LocalDate date, String hebergement, String conclusion, String chemin,
            String rapport, List<Injonction> injonctions) {
    }

    /** An injunction of the inspection, as the organiser reads it. */
    record Injonction(String texte, LocalDate echeance, String statut) {
    }

    /** Whether this user sees the tab at all; {@code planifier}: the link to plan one is offered too. */
    boolean visible(UtilisateurConnecte u, long declarationId);

    /** The inspections of this déclaration this user may read. */
    List<Ligne> de(UtilisateurConnecte u, long declarationId);

    /** The path of the page planning an inspection of this déclaration, when this user may plan one. */
    java.util.Optional<String> planification(UtilisateurConnecte u, long declarationId);
}
