package fr.vao.agrement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A row of the list of organisations that lost their agrément (ADR 0022).
 *
 * @param regionDelivrance the code of the region that had delivered the agrément
 * @param modifiePar who changed the row last ("BO:12 agent@x.fr", or the initial load)
 */
public record OrganismeNonAgree(long id, String siret, String nom, String regionDelivrance, String regionLibelle,
        NatureDecision natureDecision, LocalDate dateDecision, String modifiePar, OffsetDateTime modifieLe,
        int version) {
}
