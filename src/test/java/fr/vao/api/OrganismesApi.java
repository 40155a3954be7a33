package fr.vao.api;

import java.time.Duration;

import fr.vao.agrement.OrganismesAgrement;

/** The bearer header of an organisme member's token, for the API tests. */
final class OrganismesApi {

    private OrganismesApi() {
    }

    /** The {@code Authorization} header of a token of this organisme's member. */
    static String bearer(JetonsApi jetons, OrganismesAgrement.Organisme o) {
        return "Bearer " + jetons.emettre(o.membre().id(), Duration.ofDays(30));
    }
}
