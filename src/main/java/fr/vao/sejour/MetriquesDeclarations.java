package fr.vao.sejour;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.vao.plateforme.observabilite.CompteursMetier;
import io.micrometer.core.instrument.Counter;

/**
 * Counts the déclarations transmitted by organisers ({@code vao_declarations_transmises_total{phase}}) and the
 * decisions of the DDETS ({@code vao_declarations_decisions_total{phase, decision}}), after the commit of the change.
 * The phase is {@code 2_mois} or {@code 8_jours}; the decision {@code enregistree}, {@code refusee} or
 * {@code complements} (complements asked). The taking in charge is not a decision.
 */
@Component
class MetriquesDeclarations {

    private final CompteursMetier compteurs;
    private final Counter transmises2Mois;
    private final Counter transmises8Jours;
    private final Map<Statut, Counter> decisions = new EnumMap<>(Statut.class);

    MetriquesDeclarations(CompteursMetier compteurs) {
        this.compteurs = compteurs;
        String transmises = "Déclarations de séjour transmises par les organisateurs (premières et après compléments)";
        transmises2Mois = compteurs.compteur("vao.declarations.transmises", transmises, "phase", "2_mois");
        transmises8Jours = compteurs.compteur("vao.declarations.transmises", transmises, "phase", "8_jours");
        decision(Statut.ATTENTE_8_JOURS, "2_mois", "enregistree");
        decision(Statut.VALIDEE_8J, "8_jours", "enregistree");
        decision(Statut.REFUSEE, "2_mois", "refusee");
        decision(Statut.REFUSEE_8J, "8_jours", "refusee");
        decision(Statut.A_MODIFIER, "2_mois", "complements");
        decision(Statut.A_MODIFIER_8J, "8_jours", "complements");
    }

    private void decision(Statut apres, String phase, String decision) {
        decisions.put(apres, compteurs.compteur("vao.declarations.decisions",
                "Décisions des DDETS sur les déclarations de séjour", "phase", phase, "decision", decision));
    }

    /** The organiser transmitted it; {@code apres} is its new status. */
    void transmise(Statut apres) {
        compteurs.compter(apres == Statut.TRANSMISE_8J ? transmises8Jours : transmises2Mois);
    }

    /** The DDETS changed its status to {@code apres}; counted when that is a decision. */
    void instruite(Statut apres) {
        Counter compteur = decisions.get(apres);
        if (compteur != null) {
            compteurs.compter(compteur);
        }
    }
}
