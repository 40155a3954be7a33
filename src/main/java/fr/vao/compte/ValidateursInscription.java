package fr.vao.compte;

import java.util.List;

/**
 * Port through which the registration asks who validates a new organiser account (spec §2.1 step 4, rule 11). The
 * module that knows the organismes implements it; {@code compte} must not depend on it. An empty list means scenario
 * 1: the DREETS of the region validates.
 */
public interface ValidateursInscription {

    /** A validated colleague who receives the request (M6). */
    record Validateur(long id, String email) {
    }

    /**
     * The validated users of the organisme of this SIRET, else of the siège social of its SIREN; empty otherwise.
     */
    List<Validateur> pour(String siret);
}
