package fr.vao.compte;

/** Formats of account fields (spec §4 rules 2, 3, 4), for {@code @Pattern} on form objects. */
public final class Formats {

    /** Letters (accents included), space, hyphen, apostrophe; no double space, no space next to a hyphen, no "---". */
    public static final String NOM = "^(?!.*\\s{2})(?!.*\\s-)(?!.*-\\s)(?!.*---)[\\p{L}][\\p{L}' -]*$";
    /** As {@link #NOM}, and at most one hyphen in a row. */
    public static final String PRENOM = "^(?!.*\\s{2})(?!.*\\s-)(?!.*-\\s)(?!.*--)[\\p{L}][\\p{L}' -]*$";
    /** French phone number: +33, 0033 or 0, then 9 digits not starting with 0. */
    public static final String TELEPHONE = "^(\\+33|0|0033)[1-9][0-9]{8}$";
    /** E-mail address, as the reference system checks it. */
    public static final String EMAIL = "^[\\w.+-]+@([\\w-]+\\.)+[\\w-]{2,}$";
    /** SIRET: 14 digits (the checksum is checked by {@code Siret}). */
    public static final String SIRET = "^[0-9]{14}$";

    private Formats() {
    }
}
