package fr.vao.organisme;

/** A représentant légal of a personne morale (from the RCS mandataires sociaux, editable). */
public record RepresentantLegal(String nom, String prenom, String fonction) {

    @Override
    public String toString() {
        return (prenom == null ? "" : prenom + " ") + nom + " (" + fonction + ")";
    }
}
