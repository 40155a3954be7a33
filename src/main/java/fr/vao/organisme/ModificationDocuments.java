package fr.vao.organisme;

import java.util.List;
import java.util.UUID;

/**
 * The documents a save of a protocol step adds (files the user has just uploaded) and removes (files of the step).
 */
public record ModificationDocuments(List<UUID> ajouts, List<UUID> retraits) {

    public static final ModificationDocuments AUCUNE = new ModificationDocuments(List.of(), List.of());

    public ModificationDocuments {
        ajouts = ajouts == null ? List.of() : List.copyOf(ajouts);
        retraits = retraits == null ? List.of() : List.copyOf(retraits);
    }
}
