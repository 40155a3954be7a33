package dev.vao.banc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios of the benchmark (issue 4 point 12) and their run: the agents' list of a DDETS, a DREETS and the
 * national level (sorted, first page and page 500, filtered), their dashboard, their statistics dashboard (issue 6),
 * the organiser's list and the detail of a déclaration, each with 1 and then several concurrent clients.
 */
public final class Campagne {

    /** A page to measure, for a role, and a text its answer must contain (so that an error page is not timed). */
    public record Scenario(String nom, String role, String chemin, String attendu) {
    }

    private Campagne() {
    }

    /** The year of the seeded stays ({@link Volume}: from 6 January 2031) the dashboards are measured on. */
    static final int ANNEE_STATISTIQUES = 2031;

    public static List<Scenario> scenarios(Volume.Comptes c) {
        List<Scenario> s = new ArrayList<>();
        for (String role : List.of("ddets", "dreets", "national")) {
            String tri = "/bo/sejours?tri=debut&desc=false";
            // "DS-": a list with its rows (every submitted déclaration has a numéro), not an error page; not "-B" (the
            // seeded numéros) because the smoke run shares its database with tests whose stays start before 2031
            s.add(new Scenario("liste " + role + ", tri date de début, page 1", role, tri, "DS-"));
            s.add(new Scenario("liste " + role + ", tri date de début, page 500", role, tri + "&page=500", "DS-"));
            s.add(new Scenario("liste " + role + ", actions à faire, page 1", role, tri + "&aTraiter=true", "DS-"));
            s.add(new Scenario("accueil " + role + " (compteurs)", role, "/bo", "Portail VAO"));
            // the statistics dashboard of the agent's perimeter over the seeded stays' first year (issue 6 point 4)
            s.add(new Scenario("statistiques " + role + " (" + ANNEE_STATISTIQUES + ")", role,
                    "/bo/statistiques?annee=" + ANNEE_STATISTIQUES, "Séjours et vacanciers par mois"));
        }
        s.add(new Scenario("liste de l'organisateur", "organisateur", "/sejours", "Séjour "));
        s.add(new Scenario("détail d'une déclaration (DDETS)", "ddets", "/bo/sejours/" + c.declaration(), "Séjour "));
        return s;
    }

    /**
     * Logs in one session per client and role, checks each page once, then measures every scenario with each number
     * of clients.
     */
    public static List<Mesures.Resultat> executer(Mesures mesures, Volume.Comptes c, List<Integer> clients,
            int echantillons, int echauffement, String motDePasse) {
        int max = clients.stream().mapToInt(Integer::intValue).max().orElse(1);
        Map<String, List<String>> comptes = Map.of("ddets", c.ddets(), "dreets", c.dreets(), "national",
                c.national(), "organisateur", c.organisateurs());
        Map<String, List<Mesures.Session>> sessions = new LinkedHashMap<>();
        comptes.forEach((role, emails) -> sessions.put(role, emails.subList(0, max).stream()
                .map(e -> mesures.connecter(role.equals("organisateur") ? "" : "/bo", e, motDePasse)).toList()));
        List<Scenario> scenarios = scenarios(c);
        for (Scenario s : scenarios) {
            String corps = sessions.get(s.role()).get(0).lire(s.chemin());
            if (!corps.contains(s.attendu())) {
                throw new IllegalStateException(s.nom() + " : la page ne contient pas « " + s.attendu() + " »");
            }
        }
        // the JIT warms up on every page before any is measured, so that the first scenarios are not penalised
        for (Scenario s : scenarios) {
            for (int i = 0; i < echauffement; i++) {
                sessions.get(s.role()).get(0).lire(s.chemin());
            }
        }
        List<Mesures.Resultat> resultats = new ArrayList<>();
        for (int n : clients) {
            for (Scenario s : scenarios) {
                resultats.add(Mesures.mesurer(s.nom(), sessions.get(s.role()).subList(0, n), s.chemin(),
                        echantillons, echauffement));
            }
        }
        return resultats;
    }
}
