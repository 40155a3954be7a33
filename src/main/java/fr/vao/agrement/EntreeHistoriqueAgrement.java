package fr.vao.agrement;

import java.time.OffsetDateTime;

/**
 * One entry of an agrément's history, as both portals show it.
 *
 * @param auteur the name of the person who acted, when it was written; null for the automate
 */
public record EntreeHistoriqueAgrement(OffsetDateTime le, TypeHistoriqueAgrement type, String source, String auteur,
        StatutAgrement statut, String commentaire) {
}
