package fr.vao.sejour;

import java.time.LocalDate;
import java.util.Optional;

import fr.vao.agrement.Agrement;

/**
 * The policy "a valid agrément is required" (ADR 0015, answers spec §10 question 15): to create or submit a
 * déclaration, the organisme's agrément (its siège's for an établissement secondaire) is VALIDE and valid on that
 * day; a warning, not a refusal, when it expires before the stay ends.
 *
 * @param refus the message key of the refusal, null when allowed
 */
public record ValiditeAgrement(String refus, boolean expireAvantFin, LocalDate finValidite) {

    public static ValiditeAgrement de(Optional<Agrement> agrement, LocalDate jour, LocalDate finSejour) {
        if (agrement.isEmpty()) {
            return new ValiditeAgrement("sejour.refus.agrement-absent", false, null);
        }
        Agrement a = agrement.get();
        if (!a.estValideLe(jour)) {
            return new ValiditeAgrement("sejour.refus.agrement-invalide", false, a.dateFinValidite());
        }
        boolean expire = finSejour != null && a.dateFinValidite() != null && finSejour.isAfter(a.dateFinValidite());
        return new ValiditeAgrement(null, expire, a.dateFinValidite());
    }

    public boolean autorise() {
        return refus == null;
    }
}
