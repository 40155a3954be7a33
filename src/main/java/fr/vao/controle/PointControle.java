package fr.vao.controle;

import java.util.List;

/** The regulatory points of the checklist (issue 6), in display order; the labels are {@code inspection.point.*}. */
public enum PointControle {
    /** Staff present against the staff declared at 8 days. */
    PERSONNEL_PRESENT,
    /** Attestations d'honorabilité of the staff (and of the responsable). */
    ATTESTATIONS,
    /** Storage and distribution of the medication (protocole sanitaire). */
    MEDICAMENTS,
    /** Transport of the vacanciers (protocole transport). */
    TRANSPORT,
    /** Safety of the accommodation, ERP rules, passage of the commission de sécurité. */
    SECURITE_HEBERGEMENT,
    HYGIENE,
    /** Activities carried out against the project. */
    ACTIVITES,
    /** Staffing rate against the vacanciers present. */
    TAUX_ENCADREMENT;

    public static final List<PointControle> TOUS = List.of(values());

    /** The verdict on one point. */
    public enum Etat {
        NON_VERIFIE, CONFORME, NON_CONFORME
    }
}
