package fr.vao.organisme;

/** The two kinds of organiser (spec §1.1). */
public enum TypeOrganisme {
    PERSONNE_MORALE, PERSONNE_PHYSIQUE
}
