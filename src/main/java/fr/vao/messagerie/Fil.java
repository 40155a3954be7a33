package fr.vao.messagerie;

import java.util.List;

/**
 * A thread as one user sees it.
 *
 * @param vue the side of the user
 * @param messages oldest first
 * @param etat its state for this side; null when it has no message
 * @param peutEcrire whether the user may post
 */
public record Fil(String type, long id, Cote vue, List<Message> messages, Etat etat, boolean peutEcrire) {

    public boolean vide() {
        return messages.isEmpty();
    }
}
