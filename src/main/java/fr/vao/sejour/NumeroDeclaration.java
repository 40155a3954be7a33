package fr.vao.sejour;

import java.time.LocalDate;

/**
 * The numéro {@code DS-YY-DEP-NNNN} given at the first submission (spec §2.8.3): YY the year of the stay's start,
 * DEP the département de suivi, NNNN a global sequence zero-padded to at least 4 digits, never truncated.
 */
public final class NumeroDeclaration {

    private NumeroDeclaration() {
    }

    public static String de(LocalDate debutSejour, String departement, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Séquence invalide : " + sequence);
        }
        return String.format("DS-%02d-%s-%04d", debutSejour.getYear() % 100, departement, sequence);
    }
}
