package fr.vao.messagerie;

import java.time.ZonedDateTime;

import fr.vao.document.DocumentStocke;

/**
 * A message of a thread.
 *
 * @param cote who wrote it
 * @param auteur the author's name, as it was when written
 * @param texte null when the message is only a file
 * @param document the attachment, or null
 * @param creeLe when it was posted, in Europe/Paris
 * @param luLe when the other side opened it, or null
 */
public record Message(long id, Cote cote, String auteur, String texte, DocumentStocke document,
        ZonedDateTime creeLe, ZonedDateTime luLe) {
}
