package fr.vao.agrement;

/** What may happen to an agrément request (spec §2.6), by whom. */
public enum ActionAgrement {
    /** Organiser: saves a step (no change of status). */
    MODIFIER(Cote.ORGANISATEUR),
    /** Organiser: deletes a draft. */
    SUPPRIMER(Cote.ORGANISATEUR),
    /** Organiser: sends the request, or sends it back after complements or corrections. */
    TRANSMETTRE(Cote.ORGANISATEUR),
    PRENDRE_EN_CHARGE(Cote.DREETS),
    /** Complements before completeness (A_COMPLETER), the timer not started. */
    DEMANDER_COMPLEMENTS(Cote.DREETS),
    /** Completeness confirmed with the récépissé: the silence-vaut-accord timer starts. */
    CONFIRMER_COMPLETUDE(Cote.DREETS),
    /** Corrections after completeness (A_CORRIGER): the timer pauses. */
    DEMANDER_CORRECTIONS(Cote.DREETS),
    REFUSER(Cote.DREETS),
    VALIDER(Cote.DREETS),
    /** The daily job, when the 2 months elapsed without a decision (CRPA L231-1). */
    ACCORDER_TACITEMENT(Cote.AUTOMATE);

    /** Who performs the action. */
    public enum Cote { ORGANISATEUR, DREETS, AUTOMATE }

    private final Cote cote;

    ActionAgrement(Cote cote) {
        this.cote = cote;
    }

    public Cote cote() {
        return cote;
    }
}
