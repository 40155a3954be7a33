package fr.vao.agrement;

/**
 * Published in the transaction of each transition of an agrément request (after it is written): the mails of §5.4
 * listen to it synchronously, so that they are written to the outbox with the change or not at all.
 *
 * @param avant the agrément before the action
 * @param apres the agrément after it
 * @param commentaire the agent's comment (complements, corrections, refusal), or null
 */
public record AgrementTransite(DemandeAgrement avant, DemandeAgrement apres, ActionAgrement action,
        AuteurAgrement auteur, String commentaire) {

    /** A re-transmission after complements or corrections, not the first one. */
    public boolean retransmission() {
        return action == ActionAgrement.TRANSMETTRE && avant.statut() != StatutAgrement.BROUILLON;
    }
}
