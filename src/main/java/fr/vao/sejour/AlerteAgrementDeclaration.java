package fr.vao.sejour;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vao.agrement.AlerteNonAgree;
import fr.vao.agrement.OrganismesNonAgrees;

/**
 * The "Organisme non agréé" alert of a déclaration's detail in the back office (spec §2.8.9, ADR 0022): its organiser
 * (or its siège) is in the list of organismes non agréés, or its agrément has expired.
 */
@Component
public class AlerteAgrementDeclaration {

    private final OrganismesNonAgrees nonAgrees;
    private final DeclarationsSejour declarations;

    AlerteAgrementDeclaration(OrganismesNonAgrees nonAgrees, DeclarationsSejour declarations) {
        this.nonAgrees = nonAgrees;
        this.declarations = declarations;
    }

    /** For a déclaration the caller may already see (no check here). */
    public Optional<AlerteNonAgree> pour(DeclarationSejour d) {
        String nom = declarations.instantane(d.id()).map(InstantaneOrganisme::nom).orElse(null);
        return nonAgrees.alerte(d.organismeId(), nom);
    }
}
