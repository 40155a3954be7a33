package fr.vao.agrement;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vao.support.HorlogeReglable;

/**
 * Agrément requests for the instruction tests, moved through {@link CycleAgrement} as the organiser's pages would
 * (the organiser's forms are tested with them).
 */
final class DemandesExemple {

    private DemandesExemple() {
    }

    static AuteurAgrement usager(OrganismesAgrement.Organisme o) {
        return new AuteurAgrement(o.membre().id(), null, AuteurAgrement.SOURCE_USAGER, "FO:" + o.membre().id(),
                "Claire Bernard");
    }

    /** A draft request of this organisme (a renewal when it has an agrément), in its région IDF. */
    static long brouillon(JdbcClient jdbc, DemandesAgrement demandes, HorlogeReglable horloge,
            OrganismesAgrement.Organisme o, String type) {
        return demandes.creer(o.id(), type, "IDF", o.membre().id(), OffsetDateTime.now(horloge));
    }

    /** A request transmitted by the organiser. */
    static long transmise(JdbcClient jdbc, DemandesAgrement demandes, CycleAgrement cycle, HorlogeReglable horloge,
            OrganismesAgrement.Organisme o, String type) {
        long id = brouillon(jdbc, demandes, horloge, o, type);
        transmettre(cycle, o, id);
        return id;
    }

    /** The organiser (re-)transmits it. */
    static DemandeAgrement transmettre(CycleAgrement cycle, OrganismesAgrement.Organisme o, long id) {
        DemandeAgrement a = cycle.trouver(id).orElseThrow();
        return cycle.appliquer(id, a.version(), ActionAgrement.TRANSMETTRE, usager(o), null, null);
    }
}
