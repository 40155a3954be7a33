package fr.vao.sejour;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 15 statuses of a déclaration de séjour (spec §2.8.2), persisted with the reference's values (with spaces), and
 * every allowed transition: a status changes only through {@link #apres(Action)}, which refuses anything else.
 */
public enum Statut {
    BROUILLON("BROUILLON"),
    TRANSMISE("TRANSMISE"),
    EN_COURS("EN COURS"),
    A_MODIFIER("A MODIFIER"),
    REFUSEE("REFUSEE"),
    ATTENTE_8_JOURS("EN ATTENTE DECLARATION 8 JOURS"),
    TRANSMISE_8J("TRANSMISE 8J"),
    EN_COURS_8J("EN COURS 8J"),
    A_MODIFIER_8J("A MODIFIER 8J"),
    REFUSEE_8J("REFUSEE 8J"),
    VALIDEE_8J("VALIDEE 8J"),
    SEJOUR_EN_COURS("SEJOUR EN COURS"),
    TERMINEE("TERMINEE"),
    ANNULEE("ANNULEE"),
    ABANDONNEE("ABANDONNEE");

    private final String code;

    Statut(String code) {
        this.code = code;
    }

    /** The persisted value. */
    public String code() {
        return code;
    }

    public static Statut deCode(String code) {
        for (Statut s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Statut inconnu : " + code);
    }

    /** Message key of its label. */
    public String cle() {
        return "sejour.statut." + name();
    }

    /** Statuses in which the organiser may still save steps (§2.8.1). */
    public static final Set<Statut> MODIFIABLES = Set.of(BROUILLON, A_MODIFIER, ATTENTE_8_JOURS, A_MODIFIER_8J,
            VALIDEE_8J, SEJOUR_EN_COURS);

    /** Statuses of the 8-day phase, where the 8-day steps are filled in. */
    public boolean phase8Jours() {
        return this == ATTENTE_8_JOURS || this == A_MODIFIER_8J || this == TRANSMISE_8J || this == EN_COURS_8J;
    }

    /** After the registration of the 2-month declaration: the 8-day steps and data apply. */
    public boolean huitJours() {
        return phase8Jours() || this == REFUSEE_8J || enregistree8Jours() || this == TERMINEE;
    }

    /** Whether the stay is registered (8 days): vacanciers and staff may change, nothing else (§2.8.6). */
    public boolean enregistree8Jours() {
        return this == VALIDEE_8J || this == SEJOUR_EN_COURS;
    }

    /** An agent has something to do (dashboard "Actions à faire"). */
    public boolean aTraiter() {
        return this == TRANSMISE || this == EN_COURS || this == TRANSMISE_8J || this == EN_COURS_8J;
    }

    private static final Map<Statut, Map<Action, Statut>> TRANSITIONS = new EnumMap<>(Statut.class);

    private static void permettre(Statut de, Action action, Statut vers) {
        TRANSITIONS.computeIfAbsent(de, s -> new EnumMap<>(Action.class)).put(action, vers);
    }

    static {
        for (Statut s : MODIFIABLES) {
            permettre(s, s.enregistree8Jours() ? Action.METTRE_A_JOUR : Action.MODIFIER, s);
        }
        permettre(BROUILLON, Action.TRANSMETTRE, TRANSMISE);
        permettre(A_MODIFIER, Action.TRANSMETTRE, TRANSMISE);
        permettre(ATTENTE_8_JOURS, Action.TRANSMETTRE, TRANSMISE_8J);
        permettre(A_MODIFIER_8J, Action.TRANSMETTRE, TRANSMISE_8J);
        permettre(TRANSMISE, Action.PRENDRE_EN_CHARGE, EN_COURS);
        permettre(TRANSMISE_8J, Action.PRENDRE_EN_CHARGE, EN_COURS_8J);
        permettre(EN_COURS, Action.DEMANDER_COMPLEMENTS, A_MODIFIER);
        permettre(EN_COURS_8J, Action.DEMANDER_COMPLEMENTS, A_MODIFIER_8J);
        permettre(EN_COURS, Action.REFUSER, REFUSEE);
        permettre(EN_COURS_8J, Action.REFUSER, REFUSEE_8J);
        permettre(EN_COURS, Action.ENREGISTRER, ATTENTE_8_JOURS);
        permettre(EN_COURS_8J, Action.ENREGISTRER, VALIDEE_8J);
        for (Statut s : Set.of(TRANSMISE, EN_COURS, A_MODIFIER, ATTENTE_8_JOURS, TRANSMISE_8J, EN_COURS_8J,
                A_MODIFIER_8J, VALIDEE_8J)) {
            permettre(s, Action.ANNULER, ANNULEE);
        }
        permettre(BROUILLON, Action.SUPPRIMER, BROUILLON);
        for (Statut s : Set.of(BROUILLON, TRANSMISE, EN_COURS, ANNULEE, ABANDONNEE)) {
            // the copy is a new draft; the copied déclaration keeps its status
            permettre(s, Action.DUPLIQUER, s);
        }
        permettre(VALIDEE_8J, Action.DEBUTER, SEJOUR_EN_COURS);
        permettre(VALIDEE_8J, Action.TERMINER, TERMINEE);
        permettre(SEJOUR_EN_COURS, Action.TERMINER, TERMINEE);
        for (Statut s : Set.of(ATTENTE_8_JOURS, A_MODIFIER, A_MODIFIER_8J)) {
            permettre(s, Action.ABANDONNER, ABANDONNEE);
        }
    }

    /** The status after this action, if the action is allowed in this status. */
    public Optional<Statut> suivant(Action action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(action));
    }

    /**
     * The status after this action.
     *
     * @throws TransitionInterditeException when the action is not allowed in this status
     */
    public Statut apres(Action action) {
        return suivant(action).orElseThrow(() -> new TransitionInterditeException(this, action));
    }

    public boolean permet(Action action) {
        return suivant(action).isPresent();
    }
}
