package fr.vao.sejour;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.ContenuAccueilAdministration;

/**
 * The agents' dashboard cards (spec §2.8.9): for an agent with a DemandeSejour role, six groups of statuses counted
 * over its territory by the list's grouped query (through the visibility table; national: all but drafts).
 */
@Component
class AccueilAgentsDeclarations implements ContenuAccueilAdministration {

    private final InstructionDeclarations instruction;

    AccueilAgentsDeclarations(InstructionDeclarations instruction) {
        this.instruction = instruction;
    }

    @Override
    public void completer(UtilisateurConnecte agent, Model model) {
        if (InstructionDeclarations.consulte(agent)) {
            model.addAttribute("cartesDeclarations", Compteurs.agents(instruction.parStatut(agent)));
        }
    }
}
