package fr.vao.sejour;

/**
 * Step 3, "Informations sur le personnel" at 2 months (spec §2.8.3): the planned numbers. At 8 days both numbers
 * must be at least 1 and the people are listed (the 8-day steps).
 */
public record PersonnelPrevu(Integer nombreAccompagnants, Integer nombreResponsables,
        Boolean procedureRecrutementSupplementaire) {

    static final int MAX = 10_000;

    public static PersonnelPrevu vide() {
        return new PersonnelPrevu(null, null, null);
    }

    /** @param huitJours the 8-day rules: at least one of each */
    public Erreurs erreurs(boolean huitJours) {
        Erreurs e = new Erreurs();
        int min = huitJours ? 1 : 0;
        e.nombre("nombreAccompagnants", nombreAccompagnants, min, MAX);
        e.nombre("nombreResponsables", nombreResponsables, min, MAX);
        e.ouiNon("procedureRecrutementSupplementaire", procedureRecrutementSupplementaire);
        return e;
    }
}
