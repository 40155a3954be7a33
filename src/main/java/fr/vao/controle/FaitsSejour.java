package fr.vao.controle;

import java.time.LocalDate;

/**
 * What the risk score of a stay at an hébergement is computed from, gathered for the whole planning in a few
 * set-based queries (ADR 0029).
 *
 * @param eigAnterieurs the EIG submitted on earlier stays of the organisme
 * @param personnel the staff declared at 8 days (the planned numbers when none is named)
 * @param nonAgree the message key of the organisme's listing as non agréé, null when not listed
 * @param finAgrement the end of validity of its active agrément, null when it has none
 * @param inspectionPrevue the date of an inspection of this stay already planned, null when none
 */
public record FaitsSejour(boolean premierSejour, boolean jamaisInspecte, int eigAnterieurs, int vacanciers,
        int personnel, boolean polyhandicap, boolean deficienceMentale, boolean itinerant, String nonAgree,
        LocalDate finAgrement, LocalDate finSejour, boolean nouvelHebergement, LocalDate inspectionPrevue) {
}
