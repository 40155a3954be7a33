package fr.vao.agrement;

import java.time.LocalDate;

/**
 * A row of the agents' agrément list and of its CSV (spec §2.6 "BO agrément list", §2.13).
 *
 * @param organisme the organisme's name (raison sociale, or the personne physique's name; its SIRET without a fiche)
 * @param version what a "Prise en charge" from the list acts on
 * @param messages the state of its messagerie for the agents (null: no message)
 */
public record LigneAgrement(long id, String numero, StatutAgrement statut, String typeDepot, LocalDate dateDepot,
        LocalDate dateObtention, LocalDate dateFinValidite, String regionObtention, String organisme, String siret,
        int version, fr.vao.messagerie.Etat messages) {
}
