package fr.vao.agrement;

import java.time.LocalDate;

/**
 * "Organisme non agréé : {nom} n'est plus agréé depuis le {depuis} pour la raison suivante : {raison}" (spec §2.8.9),
 * shown on a déclaration's detail in the back office (ADR 0022).
 *
 * @param raison the message key of the reason: a {@link NatureDecision}'s label, or the expiry of the agrément
 */
public record AlerteNonAgree(String nom, LocalDate depuis, String raison) {

    /** The reason when the organiser's own agrément has passed its end of validity. */
    public static final String EXPIRATION = "agrement.non-agree.nature.EXPIRATION";
}
