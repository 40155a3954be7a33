package fr.vao.agrement;

import java.time.OffsetDateTime;

/** One entry of an agrément's history, as both portals show it. */
public record EntreeHistoriqueAgrement(OffsetDateTime le, TypeHistoriqueAgrement type, String source,
        StatutAgrement statut, String commentaire) {
}
