package fr.vao.sejour;

import java.time.OffsetDateTime;

/**
 * One event of a déclaration's history (spec §2.8.9): when, by whom (the user, the DDETS or the automaton), what
 * (a type with a label {@code sejour.historique.<type>}) and its précision (an agent's comment, a previous status).
 */
public record EntreeHistorique(OffsetDateTime le, String source, String type, String precision) {
}
