package fr.vao.controle;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of an inspection (issue 6, ADR 0030): PLANIFIEE → REALISEE → RAPPORT_ENVOYE → CLOTUREE, and ANNULEE
 * from PLANIFIEE. Every change of state goes through {@link #apres(Action)}; the two last states are final.
 */
public enum StatutInspection {
    PLANIFIEE, REALISEE, RAPPORT_ENVOYE, CLOTUREE, ANNULEE;

    /** What an agent does to an inspection. */
    public enum Action {
        /** "Réalisée": the visit took place. */
        REALISER,
        /** "Envoyer le rapport": the PDF goes to the organiser, who from now on sees the inspection. */
        ENVOYER_RAPPORT,
        /** Every injunction settled (or none): the inspection is closed. */
        CLOTURER,
        /** A planned inspection that will not take place. */
        ANNULER
    }

    private static final Map<StatutInspection, Map<Action, StatutInspection>> TRANSITIONS = Map.of(
            PLANIFIEE, Map.of(Action.REALISER, REALISEE, Action.ANNULER, ANNULEE),
            REALISEE, Map.of(Action.ENVOYER_RAPPORT, RAPPORT_ENVOYE),
            RAPPORT_ENVOYE, Map.of(Action.CLOTURER, CLOTUREE),
            CLOTUREE, Map.of(),
            ANNULEE, Map.of());

    /** The statuses in which the checklist, findings, conclusion and injunctions may still be edited. */
    public static final Set<StatutInspection> EN_COURS = Set.of(PLANIFIEE, REALISEE);

    public boolean permet(Action action) {
        return TRANSITIONS.get(this).containsKey(action);
    }

    /** The status after this action; {@link TransitionInspectionException} when this status does not allow it. */
    public StatutInspection apres(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action))
                .orElseThrow(() -> new TransitionInspectionException(name(), action.name()));
    }

    /** Whether the organiser may see the inspection (its report was sent): never before (ADR 0030). */
    public boolean visibleOrganisateur() {
        return this == RAPPORT_ENVOYE || this == CLOTUREE;
    }

    /** Whether the checklist and the conclusion may still change. */
    public boolean modifiable() {
        return EN_COURS.contains(this);
    }
}
