package fr.vao.controle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An injunction made to the organiser by an inspection, with its due date and the reminders already sent. */
public record Injonction(long id, long inspectionId, String texte, LocalDate echeance, StatutInjonction statut,
        OffsetDateTime rappelOrganisateurLe, OffsetDateTime rappelAgentLe, int version) {
}
