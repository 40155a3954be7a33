package fr.vao.sejour;

import java.util.List;

/** The steps of the 2-month declaration (spec §2.8.3), in order, with their path in the pages. */
public enum EtapeDeclaration {
    INFORMATIONS("informations"),
    VACANCIERS("vacanciers"),
    PERSONNEL("personnel"),
    PROJET("projet"),
    TRANSPORT("transport"),
    SANITAIRE("sanitaire"),
    HEBERGEMENTS("hebergements"),
    SYNTHESE("synthese");

    private final String chemin;

    EtapeDeclaration(String chemin) {
        this.chemin = chemin;
    }

    public String chemin() {
        return chemin;
    }

    public int numero() {
        return ordinal() + 1;
    }

    public String cle() {
        return "sejour.etape." + chemin;
    }

    /** The steps of the 8-day declaration (spec §2.8.5): projet, transport and sanitaire are not shown. */
    public static final List<EtapeDeclaration> HUIT_JOURS = List.of(INFORMATIONS, VACANCIERS, PERSONNEL,
            HEBERGEMENTS, SYNTHESE);

    public static EtapeDeclaration deChemin(String chemin) {
        for (EtapeDeclaration e : values()) {
            if (e.chemin.equals(chemin)) {
                return e;
            }
        }
        throw new IllegalArgumentException(chemin);
    }
}
