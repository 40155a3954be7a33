package fr.vao.organisme;

/**
 * An organisme as the portals list it.
 *
 * @param porteurAgrement a siège social or a personne physique (holds the agrément); false for an établissement
 *        secondaire, which uses its siège's agrément and protocols
 * @param complet the fiche was finalised and no section became invalid since
 */
public record Organisme(long id, TypeOrganisme type, String siret, String siren, boolean porteurAgrement,
        boolean complet, int version) {

    public boolean estPersonneMorale() {
        return type == TypeOrganisme.PERSONNE_MORALE;
    }

    /** A personne morale siège social: the only kind with établissements secondaires (step 2). */
    public boolean estSiege() {
        return estPersonneMorale() && porteurAgrement;
    }

    /** An établissement secondaire: its protocols are its siège's. */
    public boolean estEtablissementSecondaire() {
        return estPersonneMorale() && !porteurAgrement;
    }
}
