package fr.vao.agrement;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.vao.plateforme.observabilite.CompteursMetier;
import io.micrometer.core.instrument.Counter;

/**
 * Counts the agrément requests transmitted ({@code vao_agrements_transmis_total{envoi}}: {@code premier} or
 * {@code renvoi} after complements or corrections) and the DREETS' decisions ({@code vao_agrements_decisions_total
 * {decision}}), from each {@link AgrementTransite}, after the commit of the transition.
 */
@Component
class MetriquesAgrements {

    private final CompteursMetier compteurs;
    private final Counter premiers;
    private final Counter renvois;
    private final Map<ActionAgrement, Counter> decisions = new EnumMap<>(ActionAgrement.class);

    MetriquesAgrements(CompteursMetier compteurs) {
        this.compteurs = compteurs;
        String transmis = "Demandes d'agrément transmises par les organisateurs";
        premiers = compteurs.compteur("vao.agrements.transmis", transmis, "envoi", "premier");
        renvois = compteurs.compteur("vao.agrements.transmis", transmis, "envoi", "renvoi");
        decision(ActionAgrement.VALIDER, "validee");
        decision(ActionAgrement.REFUSER, "refusee");
        decision(ActionAgrement.ACCORDER_TACITEMENT, "accord_tacite");
        decision(ActionAgrement.DEMANDER_COMPLEMENTS, "complements");
        decision(ActionAgrement.DEMANDER_CORRECTIONS, "corrections");
    }

    private void decision(ActionAgrement action, String decision) {
        decisions.put(action, compteurs.compteur("vao.agrements.decisions",
                "Décisions sur les demandes d'agrément (DREETS, ou accord tacite)", "decision", decision));
    }

    @EventListener
    void surTransition(AgrementTransite transition) {
        Counter compteur = transition.action() == ActionAgrement.TRANSMETTRE
                ? transition.retransmission() ? renvois : premiers
                : decisions.get(transition.action());
        if (compteur != null) {
            compteurs.compter(compteur);
        }
    }
}
