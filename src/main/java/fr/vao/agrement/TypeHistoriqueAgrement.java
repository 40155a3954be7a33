package fr.vao.agrement;

/** The 7 types of history entries of an agrément (spec §2.6 Historique). */
public enum TypeHistoriqueAgrement {
    CREATION, MODIFICATION, TRANSMISSION, PRISE_EN_CHARGE, STATUT_CHANGE, VERIFICATION, VALIDATION;

    public String cle() {
        return "agrement.historique." + name();
    }
}
