package fr.vao.statistique;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The figures of a dashboard (issue 6 point 3), each one grouped query on a read model of V140 through its
 * {@code (annee, ..., departement|region, mois)} index, never on the déclarations (ADR 0031): the stays' figures on
 * {@code stat_sejour_cube}, already summed per month, département, season and status.
 */
@Repository
public class TableauxDeBord {

    /** The figures in display order; every one has a CSV under its code. */
    public static final List<String> CODES = List.of("sejours-mois", "sejours-saison", "sejours-statut",
            "sejours-territoire", "tranches-age", "deficiences", "itinerants", "eig-type", "eig-taux",
            "inspections", "couverture", "constats", "conclusions", "injonctions", "agrements", "organisateurs", "hebergements");

    private static final Locale FR = Locale.FRENCH;
    private static final List<String> SAISONS = List.of("hiver", "printemps", "ete", "automne");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Territoires territoires;

    TableauxDeBord(JdbcClient jdbc, MessageSource messages, Territoires territoires) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.territoires = territoires;
    }

    /** Every figure of the dashboard of this scope (agréments and organisers: national and regional only). */
    public List<Figure> figures(Portee p) {
        List<Figure> f = new ArrayList<>();
        for (String code : CODES) {
            if (p.departemental() && (code.equals("agrements") || code.equals("organisateurs"))) {
                continue;
            }
            f.add(figure(code, p));
        }
        return f;
    }

    public Figure figure(String code, Portee p) {
        return switch (code) {
            case "sejours-mois" -> parMois(p);
            case "sejours-saison" -> groupe(p, code, "saison", "stat_sejour_cube", "rattachement = 'SUIVI'",
                    "sum(sejours)", SAISONS, s -> texte("statistique.saison." + s), "statistique.serie.sejours");
            case "sejours-statut" -> groupe(p, code, "statut", "stat_sejour_cube", "rattachement = 'SUIVI'",
                    "sum(sejours)",
                    List.of("VALIDEE 8J", "SEJOUR EN COURS", "TERMINEE"), s -> s, "statistique.serie.sejours");
            case "sejours-territoire" -> parTerritoire(p);
            case "tranches-age" -> liste(p, code, "age_", List.of("18_39", "40_59", "59_et_plus"));
            case "deficiences" -> liste(p, code, "def_",
                    List.of("auditif", "visuel", "mental", "moteur", "polyhandicap"));
            case "itinerants" -> itinerants(p);
            case "eig-type" -> eigParType(p);
            case "eig-taux" -> eigTaux(p);
            case "inspections" -> groupe(p, code, "statut", "stat_inspection", "true", "count(*)",
                    List.of("PLANIFIEE", "REALISEE", "RAPPORT_ENVOYE", "CLOTUREE", "ANNULEE"),
                    s -> texte("statistique.inspection." + s), "statistique.serie.inspections");
            case "couverture" -> couverture(p);
            case "constats" -> sommes(p, code, "stat_inspection_constat", "constats_",
                    List.of("mineurs", "majeurs", "critiques"), "statistique.serie.constats");
            case "conclusions" -> groupe(p, code, "conclusion", "stat_inspection_constat", "conclusion is not null",
                    "count(*)", List.of("CONFORME", "OBSERVATIONS", "INJONCTION", "PROPOSITION_SUSPENSION"),
                    s -> texte("statistique.conclusion." + s), "statistique.serie.inspections");
            case "injonctions" -> sommes(p, code, "stat_inspection_constat", "injonctions_",
                    List.of("ouvertes", "levees", "non_levees"), "statistique.serie.injonctions");
            case "agrements" -> agrements(p);
            case "organisateurs" -> organisateurs(p);
            case "hebergements" -> hebergements(p);
            default -> throw new IllegalArgumentException(code);
        };
    }

    private JdbcClient.StatementSpec requete(String sql, Portee p) {
        return jdbc.sql(sql).param("annee", p.annee()).param("de", p.moisDebut()).param("a", p.moisFin())
                .param("territoire", p.territoire());
    }

    private Figure parMois(Portee p) {
        Map<Integer, long[]> n = new LinkedHashMap<>();
        requete("select mois, sum(sejours), sum(vacanciers) from stat_sejour_cube where rattachement = 'SUIVI' and "
                + p.condition("") + " group by mois", p)
                .query(rs -> {
                    n.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        List<Figure.Ligne> lignes = new ArrayList<>();
        for (int m = p.moisDebut(); m <= p.moisFin(); m++) {
            long[] v = n.getOrDefault(m, new long[2]);
            lignes.add(new Figure.Ligne(texte("statistique.mois." + m), List.of(v[0], v[1])));
        }
        return new Figure("sejours-mois", titre("sejours-mois"), "bar", texte("statistique.entete.mois"),
                List.of(texte("statistique.serie.sejours"), texte("statistique.serie.vacanciers")), lignes);
    }

    /** One count per value of {@code colonne}, every expected value shown (0 when absent). */
    private Figure groupe(Portee p, String code, String colonne, String table, String condition, String mesure,
            List<String> valeurs, Function<String, String> libelle, String serie) {
        Map<String, Long> n = new LinkedHashMap<>();
        requete("select " + colonne + ", " + mesure + " from " + table + " where " + condition + " and "
                + p.condition("") + " group by " + colonne, p)
                .query(rs -> {
                    n.put(rs.getString(1), rs.getLong(2));
                });
        List<Figure.Ligne> lignes = valeurs.stream()
                .map(v -> new Figure.Ligne(libelle.apply(v), List.<Number>of(n.getOrDefault(v, 0L)))).toList();
        return new Figure(code, titre(code), "bar", texte("statistique.entete." + code), List.of(texte(serie)),
                lignes);
    }

    /** Number of stays declaring each value (age band, deficiency): its column {@code prefixe_valeur}. */
    private Figure liste(Portee p, String code, String prefixe, List<String> valeurs) {
        Map<String, Long> n = new LinkedHashMap<>();
        String sommes = String.join(", ", valeurs.stream().map(v -> "coalesce(sum(" + prefixe + v + "), 0)").toList());
        requete("select " + sommes + " from stat_sejour_cube where rattachement = 'SUIVI' and " + p.condition(""), p)
                .query(rs -> {
                    for (int i = 0; i < valeurs.size(); i++) {
                        n.put(valeurs.get(i), rs.getLong(i + 1));
                    }
                });
        List<Figure.Ligne> lignes = valeurs.stream().map(v -> new Figure.Ligne(texte("statistique." + code + "." + v),
                List.<Number>of(n.getOrDefault(v, 0L)))).toList();
        return new Figure(code, titre(code), "bar", texte("statistique.entete." + code),
                List.of(texte("statistique.serie.sejours-declarant")), lignes);
    }

    /**
     * The sum of each column {@code prefixe_valeur} of a read model by territory and month (findings per severity,
     * injunctions per state), labelled {@code statistique.<code>.<valeur>}.
     */
    private Figure sommes(Portee p, String code, String table, String prefixe, List<String> valeurs, String serie) {
        String sommes = String.join(", ", valeurs.stream().map(v -> "coalesce(sum(" + prefixe + v + "), 0)").toList());
        List<Long> n = requete("select " + sommes + " from " + table + " where " + p.condition(""), p)
                .query((rs, i) -> {
                    List<Long> l = new ArrayList<>();
                    for (int c = 1; c <= valeurs.size(); c++) {
                        l.add(rs.getLong(c));
                    }
                    return l;
                }).single();
        List<Figure.Ligne> lignes = new ArrayList<>();
        for (int i = 0; i < valeurs.size(); i++) {
            lignes.add(new Figure.Ligne(texte("statistique." + code + "." + valeurs.get(i)), List.of(n.get(i))));
        }
        return new Figure(code, titre(code), "bar", texte("statistique.entete." + code), List.of(texte(serie)),
                lignes);
    }

    private String colonneTerritoire(Portee p) {
        return p.national() ? "region" : "departement";
    }

    private String libelleTerritoire(String code) {
        return territoires.trouver(code).map(Territoire::libelle).orElse(code);
    }

    private Figure parTerritoire(Portee p) {
        String col = colonneTerritoire(p);
        List<Figure.Ligne> lignes = requete("select " + col + ", sum(sejours), sum(vacanciers), sum(femmes), sum(hommes), "
                + "sum(encadrants) from stat_sejour_cube where rattachement = 'SUIVI' and " + p.condition("")
                + " group by " + col + " order by " + col, p)
                .query((rs, i) -> new Figure.Ligne(libelleTerritoire(rs.getString(1)), List.<Number>of(rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))))
                .list();
        return new Figure("sejours-territoire", titre("sejours-territoire"), "bar",
                texte("statistique.entete." + col),
                List.of(texte("statistique.serie.sejours"), texte("statistique.serie.vacanciers"),
                        texte("statistique.serie.femmes"), texte("statistique.serie.hommes"),
                        texte("statistique.serie.encadrants")),
                lignes);
    }

    private Figure itinerants(Portee p) {
        List<Figure.Ligne> lignes = requete("select departement, sum(sejours) from stat_sejour_cube where rattachement = "
                + "'HEBERGEMENT' and " + p.condition("") + " group by departement order by departement", p)
                .query((rs, i) -> new Figure.Ligne(libelleTerritoire(rs.getString(1)) + " "
                        + texte("statistique.itinerants.libelle"), List.<Number>of(rs.getLong(2))))
                .list();
        return new Figure("itinerants", titre("itinerants"), "bar", texte("statistique.entete.itinerants"),
                List.of(texte("statistique.serie.sejours-itinerants")), lignes);
    }

    private Figure eigParType(Portee p) {
        List<Figure.Ligne> lignes = requete("select t.libelle, count(*) from stat_eig e join eig_type t on t.code = "
                + "e.type_code where " + p.condition("e") + " group by t.libelle, t.ordre order by t.ordre", p)
                .query((rs, i) -> new Figure.Ligne(rs.getString(1), List.<Number>of(rs.getLong(2)))).list();
        return new Figure("eig-type", titre("eig-type"), "bar", texte("statistique.entete.eig-type"),
                List.of(texte("statistique.serie.eig")), lignes);
    }

    private Figure eigTaux(Portee p) {
        long eig = requete("select count(distinct eig_id) from stat_eig where " + p.condition(""), p)
                .query(Long.class).single();
        long vacanciers = vacanciers(p);
        double taux = vacanciers == 0 ? 0 : Math.round(eig * 1000_0.0 / vacanciers) / 10.0;
        return new Figure("eig-taux", titre("eig-taux"), "bar", texte("statistique.entete.indicateur"),
                List.of(texte("statistique.serie.valeur")),
                List.of(new Figure.Ligne(texte("statistique.serie.eig"), List.of(eig)),
                        new Figure.Ligne(texte("statistique.serie.vacanciers"), List.of(vacanciers)),
                        new Figure.Ligne(texte("statistique.eig-taux.pour-mille"), List.of(taux))));
    }

    long vacanciers(Portee p) {
        return requete("select coalesce(sum(vacanciers), 0) from stat_sejour_cube where rattachement = 'SUIVI' and "
                + p.condition(""), p).query(Long.class).single();
    }

    private Figure couverture(Portee p) {
        long[] n = requete("select coalesce(sum(sejours), 0), coalesce(sum(inspectes), 0) from stat_sejour_cube "
                + "where rattachement = 'SUIVI' and " + p.condition(""), p)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        double taux = n[0] == 0 ? 0 : Math.round(n[1] * 1000.0 / n[0]) / 10.0;
        return new Figure("couverture", titre("couverture"), "bar", texte("statistique.entete.indicateur"),
                List.of(texte("statistique.serie.valeur")),
                List.of(new Figure.Ligne(texte("statistique.serie.sejours"), List.of(n[0])),
                        new Figure.Ligne(texte("statistique.couverture.inspectes"), List.of(n[1])),
                        new Figure.Ligne(texte("statistique.couverture.taux"), List.of(taux))));
    }

    private Figure agrements(Portee p) {
        List<Figure.Ligne> lignes = requete("select region, count(*), count(*) filter (where decide), "
                + "count(*) filter (where statut = 'VALIDE'), count(*) filter (where statut = 'REFUSE'), "
                + "count(*) filter (where silence_vaut_accord), coalesce(round(avg(delai_jours)), 0), "
                + "coalesce(round(avg(delai_hors_pauses_jours)), 0) from stat_agrement where " + p.condition("")
                + " group by region order by region", p)
                .query((rs, i) -> new Figure.Ligne(libelleTerritoire(rs.getString(1)), List.<Number>of(rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))))
                .list();
        return new Figure("agrements", titre("agrements"), "bar", texte("statistique.entete.region"),
                List.of(texte("statistique.serie.demandes"), texte("statistique.serie.decisions"),
                        texte("statistique.serie.valides"), texte("statistique.serie.refuses"),
                        texte("statistique.serie.sva"), texte("statistique.serie.delai"),
                        texte("statistique.serie.delai-hors-pauses")),
                lignes);
    }

    private Figure organisateurs(Portee p) {
        List<Figure.Ligne> lignes = requete("select region, agrees from stat_organisme_region where "
                + p.conditionTerritoire(null) + " order by region", p)
                .query((rs, i) -> new Figure.Ligne(libelleTerritoire(rs.getString(1)),
                        List.<Number>of(rs.getLong(2))))
                .list();
        return new Figure("organisateurs", titre("organisateurs"), "bar", texte("statistique.entete.region"),
                List.of(texte("statistique.serie.agrees")), lignes);
    }

    private Figure hebergements(Portee p) {
        String col = colonneTerritoire(p);
        List<Figure.Ligne> lignes = requete("select " + col + ", sum(actifs) from stat_hebergement where "
                + p.conditionTerritoire("departement") + " group by " + col + " order by " + col, p)
                .query((rs, i) -> new Figure.Ligne(libelleTerritoire(rs.getString(1)),
                        List.<Number>of(rs.getLong(2))))
                .list();
        return new Figure("hebergements", titre("hebergements"), "bar", texte("statistique.entete." + col),
                List.of(texte("statistique.serie.hebergements")), lignes);
    }

    private String titre(String code) {
        return texte("statistique.figure." + code);
    }

    private String texte(String cle) {
        return messages.getMessage(cle, null, cle, FR);
    }
}
