package fr.vao.organisme.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.vao.organisme.ModificationDocuments;

/** What steps 3 and 4 post besides their answers: the version seen and the changes to their documents. */
public abstract class FormulaireProtocole {

    public Integer version;
    /**
     * The files uploaded for the step and not attached yet (kept when a save is refused, so that the user does not
     * send them again); the field on which a refused upload is reported.
     */
    public List<UUID> documents = new ArrayList<>();
    /** The step's documents the user removes. */
    public List<UUID> retraits = new ArrayList<>();

    ModificationDocuments modificationDocuments() {
        return new ModificationDocuments(documents, retraits);
    }
}
