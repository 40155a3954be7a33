package fr.vao.statistique;

import java.util.List;

/**
 * One figure of a dashboard: shown as a Chart.js chart, as an accessible table with the same values and exported as
 * CSV.
 *
 * @param code the stable name of the figure (its CSV is {@code <code>.csv})
 * @param titre its title, also the table's caption
 * @param graphique the Chart.js type: {@code bar}, {@code line} or {@code doughnut}
 * @param entete the header of the label column
 * @param series the header of each value column
 * @param lignes one row per label
 */
public record Figure(String code, String titre, String graphique, String entete, List<String> series,
        List<Ligne> lignes) {

    public record Ligne(String libelle, List<Number> valeurs) {

        /** Value {@code i} as shown in the table: French grouping and decimal comma (12 345 ; 12,5). */
        public String texte(int i) {
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
            f.setMaximumFractionDigits(1);
            return f.format(valeurs.get(i));
        }
    }

    public Figure {
        series = List.copyOf(series);
        lignes = List.copyOf(lignes);
    }

    /** The values of series {@code i}, for the chart. */
    public List<Number> serie(int i) {
        return lignes.stream().map(l -> l.valeurs().get(i)).toList();
    }

    public List<String> libelles() {
        return lignes.stream().map(Ligne::libelle).toList();
    }
}
