package fr.vao.controle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.vao.agrement.AlerteNonAgree;

/**
 * The risk score of a stay (ADR 0029): the sum of the weights of the criteria it meets, each listed with its
 * contribution and the figures that explain it, so that an inspector sees why a stay ranks high.
 *
 * @param contributions the criteria met, in the order of {@link CritereRisque}; their points sum to {@code total}
 */
public record ScoreRisque(int total, List<Contribution> contributions) {

    /**
     * A criterion met and its points.
     *
     * @param arguments the arguments of its message {@code <cle>.detail}
     */
    public record Contribution(CritereRisque critere, int points, List<Object> arguments) {
    }

    public ScoreRisque {
        contributions = List.copyOf(contributions);
    }

    /** The points of a criterion, 0 when not met. */
    public int points(CritereRisque c) {
        return contributions.stream().filter(x -> x.critere() == c).mapToInt(Contribution::points).sum();
    }

    public boolean remplit(CritereRisque c) {
        return contributions.stream().anyMatch(x -> x.critere() == c);
    }

    /** @param aujourdhui the day the agrément's validity is judged on */
    public static ScoreRisque calculer(FaitsSejour f, ReglesRisque r, LocalDate aujourdhui) {
        List<Contribution> c = new ArrayList<>();
        Ajout a = (critere, args) -> c.add(new Contribution(critere, r.poids(critere), List.of(args)));
        if (f.premierSejour()) {
            a.ajouter(CritereRisque.PREMIER_SEJOUR);
        }
        if (f.jamaisInspecte()) {
            a.ajouter(CritereRisque.JAMAIS_INSPECTE);
        }
        if (f.eigAnterieurs() > 0) {
            a.ajouter(CritereRisque.EIG_ANTERIEURS, f.eigAnterieurs());
        }
        if (f.vacanciers() > 0 && (f.personnel() == 0
                || f.vacanciers() > (long) f.personnel() * r.vacanciersParPersonnel())) {
            a.ajouter(CritereRisque.ENCADREMENT_FAIBLE, f.personnel(), f.vacanciers(), r.vacanciersParPersonnel());
        }
        if (f.polyhandicap()) {
            a.ajouter(CritereRisque.POLYHANDICAP);
        }
        if (f.deficienceMentale()) {
            a.ajouter(CritereRisque.DEFICIENCE_MENTALE);
        }
        if (f.itinerant()) {
            a.ajouter(CritereRisque.ITINERANT);
        }
        boolean valide = f.finAgrement() != null && !f.finAgrement().isBefore(aujourdhui);
        if (f.nonAgree() != null) {
            a.ajouter(CritereRisque.NON_AGREE, f.nonAgree());
        } else if (!valide) {
            a.ajouter(CritereRisque.NON_AGREE, f.finAgrement() == null ? "controle.critere.non-agree.aucun"
                    : AlerteNonAgree.EXPIRATION);
        }
        if (valide && f.finSejour() != null && f.finAgrement().isBefore(f.finSejour())) {
            a.ajouter(CritereRisque.AGREMENT_EXPIRANT, f.finAgrement());
        }
        if (f.vacanciers() >= r.grandGroupe()) {
            a.ajouter(CritereRisque.GRAND_GROUPE, f.vacanciers(), r.grandGroupe());
        }
        if (f.nouvelHebergement()) {
            a.ajouter(CritereRisque.NOUVEL_HEBERGEMENT);
        }
        if (f.inspectionPrevue() != null) {
            a.ajouter(CritereRisque.INSPECTION_PLANIFIEE, f.inspectionPrevue());
        }
        return new ScoreRisque(c.stream().mapToInt(Contribution::points).sum(), c);
    }

    @FunctionalInterface
    private interface Ajout {
        void ajouter(CritereRisque critere, Object... arguments);
    }
}
