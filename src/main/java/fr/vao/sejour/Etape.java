package fr.vao.sejour;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One hébergement of the stay (step 7) with its dates.
 *
 * @param hebergementId the hébergement (its id across versions)
 * @param version the row of the hébergement's version chosen: the déclaration keeps pointing to it, a snapshot
 * @param departement where it is: the first étape's is the département de suivi
 * @param modeTransport "Précisez le mode de transport utilisé pour rejoindre cette étape" (optional)
 */
public record Etape(UUID hebergementId, long version, String nom, String departement, LocalDate dateDebut,
        LocalDate dateFin, String modeTransport) {
}
