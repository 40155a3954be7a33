package fr.vao.agrement;

import java.util.List;
import java.util.Set;

import fr.vao.document.Categorie;

/**
 * The steps of an agrément request an organiser saves (spec §2.6 B and C), each stored whole in its jsonb column,
 * with the document categories uploaded on it. The bilan is a renewal's only.
 */
public enum EtapeAgrement {
    COORDONNEES("coordonnees", "coordonnees", List.of(Categorie.AGR_PROCVERBAL)),
    DOSSIER("dossier", "dossier", List.of(Categorie.AGR_MOTIVATIONS, Categorie.AGR_IMMATRICUL,
            Categorie.AGR_ASSURRESP, Categorie.AGR_ASSURRAPAT)),
    BILAN("bilan", "bilan", List.of(Categorie.AGR_BILANQUALITPERCEPTION, Categorie.AGR_BILANQUALITPERSPECTIVE,
            Categorie.AGR_BILANQUALITELEMARQ, Categorie.AGR_BILANFINANCIER)),
    PROJET("projet", "projet", List.of(Categorie.AGR_PROJSEJCOMPETEXP, Categorie.AGR_PROJETSSEJOURSMESURES,
            Categorie.AGR_PROJETSSEJOURSCASIER));

    /**
     * The organiser's categories of which an agrément holds one document at most (spec §2.6; index V101): a new
     * upload replaces the previous one. The others accept several files.
     */
    public static final Set<Categorie> FICHIER_UNIQUE = Set.of(Categorie.AGR_PROCVERBAL, Categorie.AGR_IMMATRICUL,
            Categorie.AGR_ASSURRESP, Categorie.AGR_ASSURRAPAT, Categorie.AGR_PROJETSSEJOURSCASIER);

    private final String chemin;
    private final String colonne;
    private final List<Categorie> categories;

    EtapeAgrement(String chemin, String colonne, List<Categorie> categories) {
        this.chemin = chemin;
        this.colonne = colonne;
        this.categories = categories;
    }

    /** Its path under {@code /agrement/{id}/}. */
    public String chemin() {
        return chemin;
    }

    /** The jsonb column of {@code agrement} that holds it. */
    String colonne() {
        return colonne;
    }

    public List<Categorie> categories() {
        return categories;
    }

    public String cle() {
        return "agrement.etape." + chemin;
    }

    public static boolean unique(Categorie c) {
        return FICHIER_UNIQUE.contains(c);
    }

    /** The steps of a request of this type, in order. */
    public static List<EtapeAgrement> de(boolean renouvellement) {
        return renouvellement ? List.of(values()) : List.of(COORDONNEES, DOSSIER, PROJET);
    }

    public static java.util.Optional<EtapeAgrement> duChemin(String chemin) {
        for (EtapeAgrement e : values()) {
            if (e.chemin.equals(chemin)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
