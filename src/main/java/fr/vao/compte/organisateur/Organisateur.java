package fr.vao.compte.organisateur;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An organiser account as the validation pages and jobs read it (never the password). */
public record Organisateur(long id, String email, String nom, String prenom, String telephone, String siret,
        boolean siretVerifie, String regionCode, String statut, OffsetDateTime creeLe, int version) {

    public static final String NEED_EMAIL_VALIDATION = "NEED_EMAIL_VALIDATION";
    public static final String NEED_SIRET_VALIDATION = "NEED_SIRET_VALIDATION";
    public static final String VALIDATED = "VALIDATED";
    public static final String BLOCKED = "BLOCKED";
    public static final String TEMPORARY_BLOCKED = "TEMPORARY_BLOCKED";

    /** Day of the registration, in Paris. */
    public LocalDate dateDemande() {
        return creeLe == null ? null : creeLe.atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalDate();
    }

    /** "FO:12 x@y.fr", the audit log's format. */
    public String reference() {
        return "FO:" + id + " " + email;
    }
}
