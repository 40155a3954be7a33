package fr.vao.controle;

/** The severity of a finding. */
public enum Gravite {
    MINEURE, MAJEURE, CRITIQUE
}
