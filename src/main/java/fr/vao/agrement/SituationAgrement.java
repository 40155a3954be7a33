package fr.vao.agrement;

import java.util.Optional;

import fr.vao.organisme.Organisme;

/**
 * Where an organisme stands with its agrément, for the portal gating (spec §2.6).
 *
 * @param agrement the agrément that applies: its own, or its siège's for an établissement secondaire
 * @param valide that agrément is valid today: the organisme may declare hébergements and stays
 */
public record SituationAgrement(Organisme organisme, Optional<Agrement> agrement, boolean valide) {

    /** An établissement secondaire uses its siège's agrément and cannot declare one. */
    public boolean peutDeclarer() {
        return organisme.porteurAgrement();
    }
}
