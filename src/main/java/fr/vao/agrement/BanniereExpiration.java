package fr.vao.agrement;

import java.time.LocalDate;

/**
 * "Votre agrément arrive à expiration" (spec §2.6): shown to a porteur when 6 months or less remain of its agrément
 * and no request is in progress; an information from 6 months to 121 days, a warning at 120 days or less.
 *
 * @param jours the days left (negative once expired)
 */
public record BanniereExpiration(long jours, LocalDate fin, long agrementId) {

    public static final int JOURS_URGENCE = 120;

    public boolean urgente() {
        return jours <= JOURS_URGENCE;
    }
}
