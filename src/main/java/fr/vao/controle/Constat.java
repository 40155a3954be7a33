package fr.vao.controle;

import java.time.OffsetDateTime;

/** A finding of an inspection, with its severity and the checklist point it concerns (optional). */
public record Constat(long id, Gravite gravite, PointControle point, String description, OffsetDateTime creeLe) {
}
