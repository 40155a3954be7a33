package fr.vao.sejour;

import java.util.List;
import java.util.Optional;

import fr.vao.document.DocumentStocke;

/**
 * What the detail pages show of a déclaration besides its content (spec §2.8.9): its history, its 2-month
 * declaration as registered by the DDETS, shown beside the 8-day data, and its generated documents (spec §2.12).
 */
public record Dossier(DeclarationSejour declaration, Optional<DeclarationSejour> deuxMois,
        List<EntreeHistorique> historique, List<DocumentStocke> documents) {

    static Dossier de(DeclarationSejour d, DeclarationsSejour declarations, DocumentsDeclaration documents) {
        return new Dossier(d, declarations.deuxMois(d.id()), declarations.historique(d.id()), documents.de(d.id()));
    }
}
