package fr.vao.hebergement;

/** Statuses of an hébergement (spec §2.7): only actif ones are proposed in declarations and seen by agents. */
public enum Statut {
    BROUILLON, ACTIF, DESACTIVE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Statut deCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
