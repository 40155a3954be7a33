package fr.vao.document;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Decides who may read the documents attached to one kind of object (a fiche organisateur, an hébergement, an
 * agrément...). Each feature module that attaches documents provides one as a bean; a document attached to a kind no
 * bean answers for is readable by nobody (deny by default).
 */
public interface AccesDocuments {

    /** The kind of object this bean answers for, as given to {@link Documents#rattacher}. */
    String typeRattachement();

    /** Whether this user may read the documents of this object (the organiser's organisation, the agent's territory). */
    boolean peutLire(UtilisateurConnecte utilisateur, long idObjet);
}
