package fr.vao.agrement;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.web.ContenuAccueilAdministration;

/**
 * The agrément cards of the back-office home (ADR 0027), for the agents who see agréments: the requests to take in
 * charge, those to instruct, those waiting for the organisme, and the unread threads, each linking to the list
 * filtered on its statuses; counted by the list's grouped query.
 */
@Component
class AccueilAgentsAgrements implements ContenuAccueilAdministration {

    /** A card: its label's message key, its count, the statuses of its list (none: the unread threads). */
    record Carte(String cle, long nombre, List<StatutAgrement> statuts) {

        public String lien() {
            if (statuts.isEmpty()) {
                return "/bo/agrements";
            }
            return "/bo/agrements?" + String.join("&", statuts.stream().map(s -> "statut=" + s.name()).toList());
        }
    }

    private final InstructionAgrements instruction;

    AccueilAgentsAgrements(InstructionAgrements instruction) {
        this.instruction = instruction;
    }

    @Override
    public void completer(UtilisateurConnecte agent, Model model) {
        if (!InstructionAgrements.consulte(agent)) {
            return;
        }
        Map<StatutAgrement, Long> compte = instruction.parStatut(agent);
        model.addAttribute("cartesAgrements", List.of(
                carte(compte, "instruction-agrement.carte.a-prendre", StatutAgrement.TRANSMIS),
                carte(compte, "instruction-agrement.carte.a-instruire", StatutAgrement.PRIS_EN_CHARGE,
                        StatutAgrement.EN_INSTRUCTION),
                carte(compte, "instruction-agrement.carte.organisme", StatutAgrement.A_COMPLETER,
                        StatutAgrement.A_CORRIGER),
                new Carte("instruction-agrement.carte.non-lus", instruction.messagesNonLus(agent), List.of())));
    }

    private static Carte carte(Map<StatutAgrement, Long> compte, String cle, StatutAgrement... statuts) {
        Set<StatutAgrement> s = Set.of(statuts);
        return new Carte(cle, s.stream().mapToLong(x -> compte.getOrDefault(x, 0L)).sum(), List.of(statuts));
    }
}
