package fr.vao.sejour;

import java.util.List;
import java.util.Set;

/**
 * Step 2, "Informations sur les vacanciers" (spec §2.8.3). The total must be the sum of women and men: the reference
 * only computed it in its screen, the server checks it here.
 */
public record Vacanciers(Integer femmes, Integer hommes, Integer total, Set<String> tranchesAge,
        Set<String> deficiences, String precisionDeficiences) {

    public static final List<String> TRANCHES_AGE = List.of("18_39", "40_59", "59_et_plus");
    public static final List<String> DEFICIENCES = List.of("auditif", "visuel", "mental", "moteur", "polyhandicap");
    static final int MAX = 10_000;

    public Vacanciers {
        tranchesAge = tranchesAge == null ? Set.of() : Set.copyOf(tranchesAge);
        deficiences = deficiences == null ? Set.of() : Set.copyOf(deficiences);
    }

    public static Vacanciers vide() {
        return new Vacanciers(null, null, null, Set.of(), Set.of(), null);
    }

    public Erreurs erreurs() {
        Erreurs e = new Erreurs();
        e.nombre("femmes", femmes, 0, MAX);
        e.nombre("hommes", hommes, 0, MAX);
        e.nombre("total", total, 1, MAX);
        if (femmes != null && hommes != null && total != null && femmes + hommes != total) {
            e.ajouter("total", "sejour.erreur.total-vacanciers");
        }
        e.auMoinsUn("tranchesAge", tranchesAge, TRANCHES_AGE);
        e.auMoinsUn("deficiences", deficiences, DEFICIENCES);
        e.precision("precisionDeficiences", precisionDeficiences, 2000);
        return e;
    }
}
