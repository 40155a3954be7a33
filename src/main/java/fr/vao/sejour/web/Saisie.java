package fr.vao.sejour.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import fr.vao.sejour.Erreurs;

/** Dates and numbers as typed: an unreadable one is an error on its field, and what was typed stays in the form. */
final class Saisie {

    final List<Erreurs.Erreur> erreurs = new ArrayList<>();

    static String net(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
    }

    LocalDate date(String champ, String valeur) {
        if (net(valeur) == null) {
            return null;
        }
        try {
            return LocalDate.parse(valeur.strip());
        } catch (DateTimeParseException e) {
            erreurs.add(new Erreurs.Erreur(champ, "sejour.erreur.date"));
            return null;
        }
    }

    Integer nombre(String champ, String valeur) {
        if (net(valeur) == null) {
            return null;
        }
        try {
            return Integer.valueOf(valeur.strip());
        } catch (NumberFormatException e) {
            erreurs.add(new Erreurs.Erreur(champ, "sejour.erreur.nombre"));
            return null;
        }
    }

    static String texte(Object valeur) {
        return valeur == null ? null : valeur.toString();
    }
}
