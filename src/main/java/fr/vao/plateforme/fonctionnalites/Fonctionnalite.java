package fr.vao.plateforme.fonctionnalites;

import java.time.OffsetDateTime;

/**
 * A feature flag: on when {@code active}, or when now is between {@code dateDebut} and {@code dateFin}.
 *
 * @param version optimistic lock
 */
public record Fonctionnalite(String code, String libelle, boolean active, OffsetDateTime dateDebut,
        OffsetDateTime dateFin, OffsetDateTime modifieLe, String modifiePar, int version) {

    public boolean estActiveA(OffsetDateTime instant) {
        return active || (dateDebut != null && dateFin != null && !instant.isBefore(dateDebut)
                && !instant.isAfter(dateFin));
    }
}
