package fr.vao.agrement;

import java.time.LocalDate;

/**
 * An agrément with its request workflow (spec §2.6 B and C): what the lists, the transitions and the timer need. The
 * content of the steps (coordonnées, dossier, bilan, projet) is read apart.
 *
 * @param typeDepot {@code PREMIER}, {@code RENOUVELLEMENT} or {@code EXISTANT}
 * @param agentId the agent who took charge of it
 * @param version optimistic lock: an action on an older version is refused ("modifiée entre-temps")
 */
public record DemandeAgrement(long id, long organismeId, StatutAgrement statut, String typeDepot, String numero,
        String regionObtention, LocalDate dateObtention, LocalDate dateFinValidite, LocalDate dateDepot,
        LocalDate datePriseEnCharge, LocalDate dateCompletude, LocalDate dateDecision, Long agentId, int version) {

    public static final String PREMIER = "PREMIER";
    public static final String RENOUVELLEMENT = "RENOUVELLEMENT";

    public boolean renouvellement() {
        return RENOUVELLEMENT.equals(typeDepot);
    }
}
