package fr.vao.plateforme.rgpd;

import java.util.Map;

/**
 * The data of one organisme a module owns, for the RGPD deletions (spec §8: at most 5 years after the end of the
 * last stay; ADR 0021): each module that keys rows on an organisme answers for its own tables, so that no module
 * deletes another's rows. The supporting modules that do not know organismes (documents, messagerie, accounts) delete
 * the rows of the objects they are given, called by the module that owns those objects.
 */
public interface DonneesOrganisme {

    /** Déclarations de séjour (and their messages, documents, history): they point to hébergements. */
    int ORDRE_SEJOUR = 100;
    /** Hébergements and their documents. */
    int ORDRE_HEBERGEMENT = 200;
    /** Agréments and their documents. */
    int ORDRE_AGREMENT = 300;
    /** The fiche, its members' accounts and the organisme row itself: last. */
    int ORDRE_ORGANISME = 900;

    /** The deletion order, lowest first (foreign keys: what points to an organisme's rows goes before them). */
    int ordre();

    /** Message keys (labels) → numbers of rows of this organisme, in display order; zero counts included. */
    Map<String, Long> inventaire(long organismeId);

    /** Deletes the organisme's rows of this module, in the caller's transaction. */
    void supprimer(long organismeId);
}
