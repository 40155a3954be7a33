package fr.vao.agrement;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 8 statuses of an agrément (spec §2.6) and every allowed transition: a status changes only through
 * {@link #suivant(ActionAgrement)}, which refuses anything else (the reference enforced them only in its screens,
 * §10.19).
 */
public enum StatutAgrement {
    BROUILLON,
    TRANSMIS,
    PRIS_EN_CHARGE,
    A_COMPLETER,
    EN_INSTRUCTION,
    A_CORRIGER,
    REFUSE,
    VALIDE;

    /** The statuses of a request still in progress (one at most per organisme). */
    public static final Set<StatutAgrement> EN_COURS = Set.of(BROUILLON, TRANSMIS, PRIS_EN_CHARGE, A_COMPLETER,
            EN_INSTRUCTION, A_CORRIGER);

    /** The statuses in which the organiser may change the request (middleware check-agrement-readonly-statut). */
    public static final Set<StatutAgrement> MODIFIABLES = Set.of(BROUILLON, A_COMPLETER, A_CORRIGER);

    /** Message key of its label (spec §2.6 AGREMENT_STATUT_OPTIONS). */
    public String cle() {
        return "agrement.statut." + name();
    }

    public boolean modifiable() {
        return MODIFIABLES.contains(this);
    }

    private static final Map<StatutAgrement, Map<ActionAgrement, StatutAgrement>> TRANSITIONS =
            new EnumMap<>(StatutAgrement.class);

    private static void permettre(StatutAgrement de, ActionAgrement action, StatutAgrement vers) {
        TRANSITIONS.computeIfAbsent(de, s -> new EnumMap<>(ActionAgrement.class)).put(action, vers);
    }

    static {
        for (StatutAgrement s : MODIFIABLES) {
            permettre(s, ActionAgrement.MODIFIER, s);
        }
        permettre(BROUILLON, ActionAgrement.SUPPRIMER, BROUILLON);
        permettre(BROUILLON, ActionAgrement.TRANSMETTRE, TRANSMIS);
        permettre(A_COMPLETER, ActionAgrement.TRANSMETTRE, TRANSMIS);
        permettre(A_CORRIGER, ActionAgrement.TRANSMETTRE, EN_INSTRUCTION);
        permettre(TRANSMIS, ActionAgrement.PRENDRE_EN_CHARGE, PRIS_EN_CHARGE);
        permettre(PRIS_EN_CHARGE, ActionAgrement.DEMANDER_COMPLEMENTS, A_COMPLETER);
        permettre(PRIS_EN_CHARGE, ActionAgrement.CONFIRMER_COMPLETUDE, EN_INSTRUCTION);
        permettre(PRIS_EN_CHARGE, ActionAgrement.REFUSER, REFUSE);
        permettre(EN_INSTRUCTION, ActionAgrement.DEMANDER_CORRECTIONS, A_CORRIGER);
        permettre(EN_INSTRUCTION, ActionAgrement.REFUSER, REFUSE);
        permettre(EN_INSTRUCTION, ActionAgrement.VALIDER, VALIDE);
        permettre(EN_INSTRUCTION, ActionAgrement.ACCORDER_TACITEMENT, VALIDE);
        permettre(A_CORRIGER, ActionAgrement.ACCORDER_TACITEMENT, VALIDE);
    }

    /** The status after this action, if the action is allowed in this status. */
    public Optional<StatutAgrement> suivant(ActionAgrement action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(action));
    }

    /** The status after this action; refused with a clear message otherwise. */
    public StatutAgrement apres(ActionAgrement action) {
        return suivant(action).orElseThrow(() -> new TransitionAgrementInterditeException(this, action));
    }
}
