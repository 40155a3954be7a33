package fr.vao.messagerie;

/**
 * The state of a thread as one side sees it, from its latest message (spec §2.10): the other side wrote last and
 * this side has not opened it yet (NON LU), has opened it (LU), or this side wrote last (REPONDU). Declared in the
 * order of the lists' sort; {@link #rang()} is the value of {@code fil_message.etat_agent / etat_organisateur}.
 */
public enum Etat {
    NON_LU, LU, REPONDU;

    public static Etat pour(Cote vue, Cote dernierDe, boolean dernierLu) {
        if (dernierDe == vue) {
            return REPONDU;
        }
        return dernierLu ? LU : NON_LU;
    }

    public int rang() {
        return ordinal() + 1;
    }

    /** @return null for a thread without message (0 or null) */
    public static Etat deRang(int rang) {
        return rang < 1 || rang > values().length ? null : values()[rang - 1];
    }

    /** Message key of its label. */
    public String cle() {
        return "messagerie.etat." + name();
    }

    /** The DSFR badge modifier: the label says it, the colour only repeats it. */
    public String badge() {
        return switch (this) {
            case NON_LU -> "fr-badge--new";
            case LU -> "fr-badge--info";
            case REPONDU -> "fr-badge--success";
        };
    }
}
