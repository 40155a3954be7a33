package fr.vao.controle;

/**
 * The criteria of the risk score of a stay (ADR 0029, {@code docs/controle.md}), each with its default weight, changed
 * by the property {@code vao.controle.poids.<propriete>}. An inspection already planned is shown as a criterion but
 * weighs nothing: it flags the stay, it neither raises nor lowers its score.
 */
public enum CritereRisque {
    /** No earlier stay of the organisme reached VALIDEE 8J, SEJOUR EN COURS or TERMINEE. */
    PREMIER_SEJOUR("premier-sejour", 20),
    /** No inspection of the organisme was ever carried out (REALISEE, RAPPORT_ENVOYE or CLOTUREE). */
    JAMAIS_INSPECTE("jamais-inspecte", 15),
    /** At least one EIG was submitted on an earlier stay of the organisme. */
    EIG_ANTERIEURS("eig-anterieurs", 25),
    /** More vacanciers per member of staff than the threshold, or no staff declared. */
    ENCADREMENT_FAIBLE("encadrement-faible", 20),
    /** Polyhandicap declared among the vacanciers' deficiencies. */
    POLYHANDICAP("polyhandicap", 10),
    /** Mental deficiency declared. */
    DEFICIENCE_MENTALE("deficience-mentale", 10),
    /** An itinerant stay (several hébergements). */
    ITINERANT("itinerant", 10),
    /** The organisme (or its siège) is in the list of organismes non agréés, or has no valid agrément today. */
    NON_AGREE("non-agree", 40),
    /** The agrément, valid today, ends before the end of the stay. */
    AGREMENT_EXPIRANT("agrement-expirant", 15),
    /** At least the threshold number of vacanciers. */
    GRAND_GROUPE("grand-groupe", 10),
    /** No earlier stay (of any organiser) at this hébergement reached VALIDEE 8J, SEJOUR EN COURS or TERMINEE. */
    NOUVEL_HEBERGEMENT("nouvel-hebergement", 10),
    /** An inspection of this stay is already planned: flagged, weight 0, not configurable. */
    INSPECTION_PLANIFIEE("inspection-planifiee", 0);

    private final String propriete;
    private final int poidsParDefaut;

    CritereRisque(String propriete, int poidsParDefaut) {
        this.propriete = propriete;
        this.poidsParDefaut = poidsParDefaut;
    }

    /** The last part of its property {@code vao.controle.poids.<propriete>}. */
    public String propriete() {
        return propriete;
    }

    public int poidsParDefaut() {
        return poidsParDefaut;
    }

    /** Whether its weight may be configured (all but the planned-inspection flag). */
    public boolean configurable() {
        return this != INSPECTION_PLANIFIEE;
    }

    /** Message key of its label; {@code .detail} added, of its explanation with the stay's figures. */
    public String cle() {
        return "controle.critere." + propriete;
    }
}
