package fr.vao.document;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * A file sent by a user, before any check.
 *
 * @param nomOriginal the name the browser gave (untrusted)
 * @param contenu the bytes received
 * @param categorie what the file is for
 * @param deposant who sends it
 */
public record Depot(String nomOriginal, byte[] contenu, Categorie categorie, UtilisateurConnecte deposant) {
}
