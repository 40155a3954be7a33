package fr.vao.sejour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The staff of the stay declared at 8 days (spec §2.8.5): encadrants and accompagnants by name, each attested, the
 * training session before the vacanciers arrive, and the optional external providers.
 */
public record Equipe(List<Intervenant> encadrants, List<Intervenant> accompagnants, String formation,
        List<Prestataire> prestataires) {

    /** The two staff lists, by their path in the pages. */
    public enum Liste {
        ENCADRANTS("encadrants"), ACCOMPAGNANTS("accompagnants");

        private final String chemin;

        Liste(String chemin) {
            this.chemin = chemin;
        }

        public String chemin() {
            return chemin;
        }

        public static Liste deChemin(String chemin) {
            for (Liste l : values()) {
                if (l.chemin.equals(chemin)) {
                    return l;
                }
            }
            throw new IllegalArgumentException(chemin);
        }
    }

    public Equipe {
        encadrants = encadrants == null ? List.of() : List.copyOf(encadrants);
        accompagnants = accompagnants == null ? List.of() : List.copyOf(accompagnants);
        prestataires = prestataires == null ? List.of() : List.copyOf(prestataires);
    }

    public static Equipe vide() {
        return new Equipe(List.of(), List.of(), null, List.of());
    }

    public List<Intervenant> liste(Liste l) {
        return l == Liste.ENCADRANTS ? encadrants : accompagnants;
    }

    /** This team with one list changed. */
    public Equipe avec(Liste l, UnaryOperator<List<Intervenant>> changement) {
        List<Intervenant> nouvelle = changement.apply(new ArrayList<>(liste(l)));
        return l == Liste.ENCADRANTS ? new Equipe(nouvelle, accompagnants, formation, prestataires)
                : new Equipe(encadrants, nouvelle, formation, prestataires);
    }

    public Equipe avecFormation(String texte) {
        return new Equipe(encadrants, accompagnants, texte, prestataires);
    }

    public Equipe avecPrestataires(UnaryOperator<List<Prestataire>> changement) {
        return new Equipe(encadrants, accompagnants, formation, changement.apply(new ArrayList<>(prestataires)));
    }

    /**
     * The 8-day rules: at least one encadrant and one accompagnant, each valid and attested (the reference's "Le
     * personnel encadrant ou accompagnant est incomplet"), the training described, the providers valid.
     */
    public Erreurs erreurs(LocalDate aujourdhui) {
        Erreurs e = new Erreurs();
        for (Liste l : Liste.values()) {
            List<Intervenant> personnes = liste(l);
            if (personnes.isEmpty()) {
                e.ajouter(l.chemin(), "sejour.erreur.personnel-vide");
            } else if (personnes.stream().anyMatch(p -> !p.erreurs(aujourdhui).aucune())) {
                e.ajouter(l.chemin(), "sejour.erreur.personnel-incomplet");
            }
        }
        e.precision("formation", formation, 2000);
        if (prestataires.stream().anyMatch(p -> !p.erreurs(aujourdhui).aucune())) {
            e.ajouter("prestataires", "sejour.erreur.prestataire-incomplet");
        }
        return e;
    }
}
