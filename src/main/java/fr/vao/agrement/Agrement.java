package fr.vao.agrement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agrément of an organisme.
 *
 * @param dateFinValidite the date obtention plus 5 years (spec §2.6)
 */
public record Agrement(long id, long organismeId, String statut, String typeDepot, String numero,
        String regionObtention, LocalDate dateObtention, LocalDate dateFinValidite, UUID documentId) {

    public static final String VALIDE = "VALIDE";
    public static final int DUREE_ANNEES = 5;

    /** VALIDE and within its validity on that day. */
    public boolean estValideLe(LocalDate jour) {
        return VALIDE.equals(statut) && dateFinValidite != null && !jour.isAfter(dateFinValidite)
                && (dateObtention == null || !jour.isBefore(dateObtention));
    }
}
