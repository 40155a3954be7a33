package fr.vao.eig;

/**
 * One of the 27 event types (table {@code eig_type}, spec §2.9 step 2).
 *
 * @param actif false: not selectable (VIOLS)
 * @param autre "Autre, à préciser": a précision is required
 */
public record TypeEvenement(String code, String categorie, String libelle, boolean actif, boolean autre) {

    /** The four categories, in display order. */
    public static final java.util.List<String> CATEGORIES = java.util.List.of("VICTIMES", "SANTE", "SECURITE",
            "FONCTIONNEMENT_ORGANISME");
}
