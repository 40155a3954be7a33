package fr.vao.sejour;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Step 7, "Sélection des hébergements" (spec §2.8.3): a séjour with one hébergement, or an itinérant one with two or
 * more that cover the stay contiguously (the first starts on the first day, each next one on the day the previous
 * one ends, the last ends on the last day).
 *
 * @param sejourEtranger "Séjour à l'étranger", required for an itinérant stay
 */
public record SelectionHebergements(List<Etape> etapes, Boolean sejourEtranger) {

    public SelectionHebergements {
        etapes = etapes == null ? List.of()
                : etapes.stream().sorted(Comparator.comparing(Etape::dateDebut,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public static SelectionHebergements vide() {
        return new SelectionHebergements(List.of(), null);
    }

    /** More than one hébergement (computed). */
    public boolean itinerant() {
        return etapes.size() > 1;
    }

    /** The département of the first hébergement: the DDETS that instructs. */
    public Optional<String> departementSuivi() {
        return etapes.isEmpty() ? Optional.empty() : Optional.ofNullable(etapes.get(0).departement());
    }

    /** The rules for each étape alone, checked when it is added. */
    public static Erreurs erreurs(Etape etape, LocalDate debutSejour, LocalDate finSejour) {
        Erreurs e = new Erreurs();
        if (e.obligatoire("etape.dateDebut", etape.dateDebut()) && debutSejour != null
                && etape.dateDebut().isBefore(debutSejour)) {
            e.ajouter("etape.dateDebut", "sejour.erreur.etape-hors-sejour");
        }
        if (e.obligatoire("etape.dateFin", etape.dateFin())) {
            if (finSejour != null && etape.dateFin().isAfter(finSejour)) {
                e.ajouter("etape.dateFin", "sejour.erreur.etape-hors-sejour");
            } else if (etape.dateDebut() != null && !etape.dateFin().isAfter(etape.dateDebut())) {
                e.ajouter("etape.dateFin", "sejour.erreur.fin-avant-debut");
            }
        }
        e.optionnel("etape.modeTransport", etape.modeTransport(), 500);
        return e;
    }

    /** The rules of the whole selection, checked at submission (rule "isSejourComplet"). */
    public Erreurs erreurs(LocalDate debutSejour, LocalDate finSejour) {
        Erreurs e = new Erreurs();
        if (etapes.isEmpty()) {
            e.ajouter("etapes", "sejour.erreur.hebergement-obligatoire");
            return e;
        }
        for (Etape etape : etapes) {
            e.ajouterTout(erreurs(etape, debutSejour, finSejour));
        }
        if (!e.aucune()) {
            return e;
        }
        LocalDate attendu = debutSejour;
        for (Etape etape : etapes) {
            if (!etape.dateDebut().equals(attendu)) {
                e.ajouter("etapes", "sejour.erreur.couverture");
                return e;
            }
            attendu = etape.dateFin();
        }
        if (!attendu.equals(finSejour)) {
            e.ajouter("etapes", "sejour.erreur.couverture");
        }
        if (itinerant()) {
            e.ouiNon("sejourEtranger", sejourEtranger);
        }
        return e;
    }
}
