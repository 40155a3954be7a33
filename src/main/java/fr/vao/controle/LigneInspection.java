package fr.vao.controle;

import java.time.LocalDate;

/** One row of the agents' list of inspections. */
public record LigneInspection(long id, long declarationId, String numero, String libelle, String organisme,
        String departement, StatutInspection statut, boolean annoncee, LocalDate datePrevue, LocalDate dateRealisee,
        String conclusion, int injonctionsOuvertes) {
}
