package fr.vao.statistique;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open-data file (issue 6 point 5, ADR 0032): counted stays and vacanciers by département de suivi and month of
 * one year, from the read model; a vacanciers cell under {@value #SEUIL} people is hidden, with secondary suppression
 * ({@link SecretStatistique}); the stays of a hidden cell are hidden with it; totals are the true totals, published
 * only when {@link SecretStatistique#totalPubliable} allows it.
 */
@Repository
public class DonneesOuvertes {

    public static final int SEUIL = 5;
    public static final String SECRET = "secret";
    public static final String TOTAL = "total";
    public static final List<String> ENTETES = List.of("annee", "departement", "mois", "sejours", "vacanciers");

    private final JdbcClient jdbc;

    DonneesOuvertes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows of the file: every département × month cell, then each département's total, then each month's. */
    public List<List<?>> lignes(int annee) {
        Map<String, long[][]> parDepartement = new LinkedHashMap<>();
        jdbc.sql("""
                select departement, mois, sum(sejours), sum(vacanciers) from stat_sejour_cube
                where rattachement = 'SUIVI' and annee = :annee group by departement, mois order by departement""")
                .param("annee", annee).query(rs -> {
                    long[][] d = parDepartement.computeIfAbsent(rs.getString(1), k -> new long[2][12]);
                    d[0][rs.getInt(2) - 1] = rs.getLong(3);
                    d[1][rs.getInt(2) - 1] = rs.getLong(4);
                });
        List<String> departements = new ArrayList<>(parDepartement.keySet());
        long[][] vacanciers = new long[departements.size()][];
        for (int i = 0; i < departements.size(); i++) {
            vacanciers[i] = parDepartement.get(departements.get(i))[1];
        }
        boolean[][] cache = SecretStatistique.cellulesCachees(vacanciers, SEUIL);
        List<List<?>> lignes = new ArrayList<>();
        long[] sejoursMois = new long[12];
        long[] vacanciersMois = new long[12];
        int[] cacheesMois = new int[12];
        for (int i = 0; i < departements.size(); i++) {
            long[] sejours = parDepartement.get(departements.get(i))[0];
            long totalSejours = 0;
            long totalVacanciers = 0;
            int cachees = 0;
            for (int m = 0; m < 12; m++) {
                boolean c = cache[i][m];
                lignes.add(List.of(annee, departements.get(i), m + 1, c ? SECRET : sejours[m],
                        c ? SECRET : vacanciers[i][m]));
                totalSejours += sejours[m];
                totalVacanciers += vacanciers[i][m];
                sejoursMois[m] += sejours[m];
                vacanciersMois[m] += vacanciers[i][m];
                if (c) {
                    cachees++;
                    cacheesMois[m]++;
                }
            }
            boolean publiable = SecretStatistique.totalPubliable(totalVacanciers, cachees, SEUIL);
            lignes.add(List.of(annee, departements.get(i), TOTAL, publiable ? totalSejours : SECRET,
                    publiable ? totalVacanciers : SECRET));
        }
        for (int m = 0; m < 12; m++) {
            boolean publiable = SecretStatistique.totalPubliable(vacanciersMois[m], cacheesMois[m], SEUIL);
            lignes.add(List.of(annee, TOTAL, m + 1, publiable ? sejoursMois[m] : SECRET,
                    publiable ? vacanciersMois[m] : SECRET));
        }
        return lignes;
    }
}
