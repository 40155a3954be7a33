package fr.vao.statistique;

import java.time.LocalDate;

/**
 * What a dashboard counts: a year, a period of months and a territory (national, a région or a département) within
 * the agent's perimeter.
 *
 * @param niveau {@code NAT}, {@code REG} or {@code DEP}: the level of {@code territoire}
 * @param territoire the territory's code ({@code FRA} for national)
 */
public record Portee(int annee, int moisDebut, int moisFin, String niveau, String territoire, String libelle) {

    public Portee {
        if (moisDebut < 1 || moisDebut > 12 || moisFin < moisDebut || moisFin > 12) {
            throw new IllegalArgumentException("période invalide");
        }
    }

    public static int anneeParDefaut(LocalDate aujourdhui) {
        return aujourdhui.getYear();
    }

    /** The condition on a read model's {@code annee}, {@code mois}, {@code departement} and {@code region}. */
    String condition(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        String c = p + "annee = :annee and " + p + "mois between :de and :a";
        return switch (niveau) {
            case "DEP" -> c + " and " + p + "departement = :territoire";
            case "REG" -> c + " and " + p + "region = :territoire";
            default -> c;
        };
    }

    /**
     * The condition on the territory alone (snapshot read models); {@code colonneDepartement} null for a read model
     * by région only, never asked at departmental level.
     */
    String conditionTerritoire(String colonneDepartement) {
        return switch (niveau) {
            case "DEP" -> {
                if (colonneDepartement == null) {
                    throw new IllegalStateException("figure régionale demandée au niveau départemental");
                }
                yield colonneDepartement + " = :territoire";
            }
            case "REG" -> "region = :territoire";
            default -> "true";
        };
    }

    public boolean national() {
        return "NAT".equals(niveau);
    }

    public boolean departemental() {
        return "DEP".equals(niveau);
    }
}
