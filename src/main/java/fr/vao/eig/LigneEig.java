package fr.vao.eig;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of the EIG lists of both portals (spec §2.9). */
public record LigneEig(long id, long declarationId, String numero, String libelle, LocalDate debut, LocalDate fin,
        String organisme, String departement, String regionAgrement, LocalDate dateIncident, OffsetDateTime dateDepot,
        StatutEig statut, boolean luDdets, boolean luDreets, String types) {
}
