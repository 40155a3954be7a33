package fr.vao.hebergement;

import java.time.LocalDate;
import java.util.UUID;

/** An hébergement as the lists and the CSV show it. */
public record LigneHebergement(UUID hebergementId, long organismeId, String nom, String departement, String adresse,
        Statut statut, String telephone, String email, LocalDate visiteLocauxLe, Boolean reglementationErp) {
}
