package fr.vao.organisme;

/** An établissement secondaire of a siège, as INSEE lists it, and whether the siège enabled it to organise stays. */
public record Etablissement(String siret, String denomination, String adresse, String codePostal, String commune,
        boolean actif, boolean autorise) {
}
