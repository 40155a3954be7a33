package fr.vao.statistique;

/**
 * Statistical disclosure control of a table of counts of people (ADR 0032): primary suppression of every cell from
 * 1 to {@code seuil - 1} people, then secondary suppression until no row and no column holds exactly one hidden cell,
 * so that no hidden cell can be worked back from its row or column total. The cell added is the smallest visible one
 * of that row or column that holds people (a zero only when there is none), which costs the least information.
 */
public final class SecretStatistique {

    private SecretStatistique() {
    }

    /** The hidden cells of {@code valeurs} (rows × columns, all rows of the same length). */
    public static boolean[][] cellulesCachees(long[][] valeurs, int seuil) {
        int lignes = valeurs.length;
        int colonnes = lignes == 0 ? 0 : valeurs[0].length;
        boolean[][] cache = new boolean[lignes][colonnes];
        for (int i = 0; i < lignes; i++) {
            for (int j = 0; j < colonnes; j++) {
                cache[i][j] = valeurs[i][j] > 0 && valeurs[i][j] < seuil;
            }
        }
        boolean change = true;
        while (change) {
            change = false;
            for (int i = 0; i < lignes; i++) {
                int cachees = 0;
                int meilleur = -1;
                for (int j = 0; j < colonnes; j++) {
                    if (cache[i][j]) {
                        cachees++;
                    } else if (meilleur < 0 || plusPetit(valeurs[i][j], valeurs[i][meilleur])) {
                        meilleur = j;
                    }
                }
                if (cachees == 1 && meilleur >= 0) {
                    cache[i][meilleur] = true;
                    change = true;
                }
            }
            for (int j = 0; j < colonnes; j++) {
                int cachees = 0;
                int meilleur = -1;
                for (int i = 0; i < lignes; i++) {
                    if (cache[i][j]) {
                        cachees++;
                    } else if (meilleur < 0 || plusPetit(valeurs[i][j], valeurs[meilleur][j])) {
                        meilleur = i;
                    }
                }
                if (cachees == 1 && meilleur >= 0) {
                    cache[meilleur][j] = true;
                    change = true;
                }
            }
        }
        return cache;
    }

    /** Whether {@code a} is a better secondary cell than {@code b}: people before zeros, then the smaller. */
    private static boolean plusPetit(long a, long b) {
        if ((a > 0) != (b > 0)) {
            return a > 0;
        }
        return a < b;
    }

    /**
     * Whether a total of these cells may be published: at least {@code seuil} people and not exactly one hidden
     * cell among them (which it would reveal).
     */
    public static boolean totalPubliable(long total, int cachees, int seuil) {
        return total >= seuil && cachees != 1;
    }
}
