package fr.vao.hebergement;

import java.util.UUID;

/**
 * A point of the back office map: one hébergement ({@code nombre} = 1, with its id and name), or a group of
 * {@code nombre} hébergements of one grid cell at their mean position (then without id nor name).
 */
public record PointCarte(double lat, double lon, int nombre, UUID hebergementId, String nom, String adresse) {
}
