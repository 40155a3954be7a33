package fr.vao.compte.agent;

import java.time.OffsetDateTime;

/** A row of the agents list. */
public record LigneAgent(long id, String email, String nom, String prenom, String territoireCode, String niveau,
        OffsetDateTime activeLe, boolean desactive) {
}
