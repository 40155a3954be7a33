package fr.vao.territoire;

/**
 * A territory: France ({@code FRA}, national), a région or a département.
 *
 * @param code {@code FRA}, a region code ({@code IDF}) or a département code ({@code 75}, {@code 2A}, {@code 971})
 * @param parentCode {@code null} for FRA, {@code FRA} for a region, the region for a département
 * @param libelle label
 * @param niveau {@code NAT}, {@code REG} or {@code DEP}
 */
public record Territoire(String code, String parentCode, String libelle, String niveau) {

    public boolean estNational() {
        return "NAT".equals(niveau);
    }

    public boolean estRegion() {
        return "REG".equals(niveau);
    }

    public boolean estDepartement() {
        return "DEP".equals(niveau);
    }
}
