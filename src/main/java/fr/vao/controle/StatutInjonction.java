package fr.vao.controle;

import java.util.Map;
import java.util.Optional;

/** The lifecycle of an injunction (issue 6): OUVERTE → LEVEE or NON_LEVEE, decided by the agent; both final. */
public enum StatutInjonction {
    OUVERTE, LEVEE, NON_LEVEE;

    /** The agent's decision at or after the due date. */
    public enum Decision {
        LEVER, CONSTATER_NON_LEVEE
    }

    private static final Map<StatutInjonction, Map<Decision, StatutInjonction>> TRANSITIONS = Map.of(
            OUVERTE, Map.of(Decision.LEVER, LEVEE, Decision.CONSTATER_NON_LEVEE, NON_LEVEE),
            LEVEE, Map.of(),
            NON_LEVEE, Map.of());

    public boolean permet(Decision d) {
        return TRANSITIONS.get(this).containsKey(d);
    }

    public StatutInjonction apres(Decision d) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(d))
                .orElseThrow(() -> new TransitionInspectionException(name(), d.name()));
    }

    public boolean reglee() {
        return this != OUVERTE;
    }
}
