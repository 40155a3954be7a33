package fr.vao.compte.organisateur;

import java.util.Objects;

/**
 * A SIRET (spec §4 rule 4): 14 digits whose Luhn checksum is valid. La Poste's establishments (SIREN 356000000) do
 * not follow Luhn: theirs are valid when the sum of the 14 digits is a multiple of 5, except La Poste's siège
 * (35600000000048), which follows Luhn.
 */
public record Siret(String valeur) {

    static final String SIREN_LA_POSTE = "356000000";
    static final String SIEGE_LA_POSTE = "35600000000048";

    public Siret {
        if (!estValide(valeur)) {
            throw new IllegalArgumentException("SIRET invalide");
        }
    }

    /** Whether {@code valeur} is 14 digits with a valid checksum. */
    public static boolean estValide(String valeur) {
        if (valeur == null || !valeur.matches("[0-9]{14}")) {
            return false;
        }
        if (valeur.startsWith(SIREN_LA_POSTE) && !valeur.equals(SIEGE_LA_POSTE)) {
            int somme = valeur.chars().map(c -> c - '0').sum();
            return somme % 5 == 0;
        }
        return luhn(valeur);
    }

    static boolean luhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }

    public String siren() {
        return valeur.substring(0, 9);
    }

    @Override
    public String toString() {
        return Objects.toString(valeur);
    }
}
