package fr.vao.controle;

/** The conclusion of an inspection (issue 6); an injunction comes with at least one {@link Injonction}. */
public enum Conclusion {
    CONFORME, OBSERVATIONS, INJONCTION, PROPOSITION_SUSPENSION
}
