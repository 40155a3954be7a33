package dev.vao.banc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's client: logged-in HTTP sessions of the two portals, and the latency of a page measured end to end
 * (request sent → whole body received) by one or several concurrent clients, each with its own session (a login ends
 * the other sessions of the same account).
 */
public final class Mesures {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;

    public Mesures(String base) {
        this.base = base;
    }

    /** A logged-in session. */
    public final class Session {

        private final HttpClient client;

        private Session(HttpClient client) {
            this.client = client;
        }

        /** GETs a page; fails unless it answers 200. Returns the body. */
        public String lire(String chemin) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + chemin))
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET " + chemin + " : HTTP " + r.statusCode());
                }
                return r.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Logs in through the login page of a portal ({@code ""} for the organisers', {@code "/bo"} for the agents'), as a
     * browser does: the page's CSRF token, then the form.
     */
    public Session connecter(String portail, String email, String motDePasse) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Session s = new Session(client);
        String page = s.lire(portail + "/connexion");
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("Pas de jeton CSRF sur " + portail + "/connexion");
        }
        String formulaire = "email=" + encoder(email) + "&motDePasse=" + encoder(motDePasse) + "&_csrf="
                + encoder(m.group(1));
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + portail + "/connexion"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulaire)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String suite = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || suite.contains("connexion")) {
                throw new IllegalStateException("Connexion refusée pour " + email + " : HTTP " + r.statusCode()
                        + " " + suite);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return s;
    }

    private static String encoder(String valeur) {
        return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
    }

    /** The latencies of one scenario, in milliseconds, sorted. */
    public record Resultat(String scenario, int clients, double[] latences) {

        public double centile(double p) {
            int rang = (int) Math.ceil(p / 100 * latences.length) - 1;
            return latences[Math.max(0, Math.min(rang, latences.length - 1))];
        }

        public String ligne() {
            return String.format(java.util.Locale.ROOT, "| %-44s | %d | %5d | %7.1f | %7.1f | %7.1f |", scenario,
                    clients, latences.length, centile(50), centile(95), centile(99));
        }
    }

    public static String entete() {
        return "| scénario | clients | échantillons | p50 (ms) | p95 (ms) | p99 (ms) |\n"
                + "|---|---|---|---|---|---|";
    }

    /**
     * Measures a page: {@code sessions.size()} clients at once, each sending requests one after the other, until
     * {@code echantillons} responses were received in all; {@code echauffement} requests per client first, not counted.
     */
    public static Resultat mesurer(String scenario, List<Session> sessions, String chemin, int echantillons,
            int echauffement) {
        int clients = sessions.size();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> parClient = new ArrayList<>();
            int parTete = (echantillons + clients - 1) / clients;
            for (Session s : sessions) {
                parClient.add(pool.submit(() -> {
                    for (int i = 0; i < echauffement; i++) {
                        s.lire(chemin);
                    }
                    List<Double> l = new ArrayList<>();
                    for (int i = 0; i < parTete; i++) {
                        long debut = System.nanoTime();
                        s.lire(chemin);
                        l.add((System.nanoTime() - debut) / 1e6);
                    }
                    return l;
                }));
            }
            List<Double> toutes = new ArrayList<>();
            for (Future<List<Double>> f : parClient) {
                toutes.addAll(f.get());
            }
            double[] latences = toutes.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(latences);
            return new Resultat(scenario, clients, latences);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(scenario + " : " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
