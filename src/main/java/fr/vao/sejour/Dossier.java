package fr.vao.sejour;

import java.util.List;
import java.util.Optional;

/**
 * What the detail pages show of a déclaration besides its content (spec §2.8.9): its history, and its 2-month
 * declaration as registered by the DDETS, shown beside the 8-day data.
 */
public record Dossier(DeclarationSejour declaration, Optional<DeclarationSejour> deuxMois,
        List<EntreeHistorique> historique) {

    static Dossier de(DeclarationSejour d, DeclarationsSejour declarations) {
        return new Dossier(d, declarations.deuxMois(d.id()), declarations.historique(d.id()));
    }
}
