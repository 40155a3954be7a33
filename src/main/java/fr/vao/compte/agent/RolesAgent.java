package fr.vao.compte.agent;

import java.util.List;
import java.util.Set;

/** The back-office roles (spec §1.2), persisted verbatim in {@code agent_role}. */
public final class RolesAgent {

    public static final String DS_ECRITURE = "DemandeSejour_Ecriture";
    public static final String DS_LECTURE = "DemandeSejour_Lecture";
    public static final String COMPTE = "Compte";
    public static final String DESACTIVATION = "Desactivation";
    public static final String EIG = "eig";
    /** The contrôle of the stays (issue 6): planning and inspections within the agent's perimeter. */
    public static final String CONTROLE = "Controle";

    /** Roles an administrator may tick, in display order ({@link #DESACTIVATION} only for its holders). */
    public static final List<String> SELECTIONNABLES = List.of(COMPTE, DS_LECTURE, DS_ECRITURE, CONTROLE,
            DESACTIVATION);

    /** Every role of the national administrator created at first start. */
    public static final Set<String> TOUS = Set.of(DS_ECRITURE, DS_LECTURE, COMPTE, DESACTIVATION, EIG, CONTROLE);

    private RolesAgent() {
    }
}
