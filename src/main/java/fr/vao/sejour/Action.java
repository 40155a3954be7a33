package fr.vao.sejour;

/** What can happen to a déclaration; {@link Statut#apres(Action)} says from which statuses and to which. */
public enum Action {
    /** the organiser saves a step */
    MODIFIER,
    /** the organiser submits the 2-month declaration or its 8-day complement */
    TRANSMETTRE,
    /** the instructing DDETS takes it in charge */
    PRENDRE_EN_CHARGE,
    /** the DDETS asks for complements */
    DEMANDER_COMPLEMENTS,
    /** the DDETS refuses it */
    REFUSER,
    /** the DDETS registers it (accusé de réception) */
    ENREGISTRER,
    /** the organiser cancels it */
    ANNULER,
    /** the organiser deletes a draft */
    SUPPRIMER,
    /** the organiser copies it into a new draft */
    DUPLIQUER,
    /** daily job: the stay starts */
    DEBUTER,
    /** daily job: the stay is over */
    TERMINER,
    /** daily job: the stay started while the organiser still had something to do */
    ABANDONNER,
    /** the organiser updates vacanciers or staff after registration (§2.8.6) */
    METTRE_A_JOUR
}
