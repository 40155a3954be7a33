package fr.vao.organisme;

import java.util.Map;

import fr.vao.document.Categorie;

/**
 * A protocol of the fiche (step 3 transport, step 4 sanitaire): its rules, its answers as stored and shown, the step
 * it is and the category of its documents. Both are saved, historised and documented the same way.
 */
public sealed interface Protocole permits ProtocoleTransport, ProtocoleSanitaire {

    Erreurs erreurs();

    /** The protocol as stored: answers that the rules make irrelevant are dropped. */
    Protocole normalise();

    /** The fields as the synthèse and the history show them, labelled by messages organisme.champ.<key>. */
    Map<String, String> champs();

    Section section();

    Categorie categorieDocuments();
}
