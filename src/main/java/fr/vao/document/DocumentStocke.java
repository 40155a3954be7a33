package fr.vao.document;

import java.time.Instant;
import java.util.UUID;

/** A stored document's description (its bytes are read separately, once access is granted). */
public record DocumentStocke(UUID id, Categorie categorie, String nom, String typeMime, int taille, String sha256,
        Instant deposeLe) {
}
