package fr.vao.agrement;

/** An activity of the projet de séjours (spec §3.1, table {@code activite}): SPORT or CULTURE. */
public record Activite(String code, String categorie, String libelle) {
}
