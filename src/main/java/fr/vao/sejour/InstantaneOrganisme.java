package fr.vao.sejour;

import java.time.LocalDate;

/**
 * The organisme as it was when the déclaration was created (spec §3.6 "organisme JSON snapshot"): what the PDFs and
 * the agents show even if the fiche changes later.
 */
public record InstantaneOrganisme(String nom, String siret, boolean personneMorale, String agrementNumero,
        String agrementRegion, LocalDate agrementObtention, LocalDate agrementFin) {
}
