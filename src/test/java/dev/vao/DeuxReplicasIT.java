package dev.vao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Several replicas, proven (issue 7, ADR 0038): two processes of the packaged jar ({@code java -jar}, separate JVMs)
 * on one PostgreSQL and one SMTP server. Each JVM reaches SMTP through its own relay, which the test can make refuse
 * every connection (an SMTP outage seen by that JVM only). Runs in {@code mvn verify} after {@code package}
 * (Failsafe); alone: {@code mvn verify -Dtest=Aucun -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DeuxReplicasIT}.
 * The JVMs' logs are in {@code target/replicas/}, printed when a test fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeuxReplicasIT {

    /** The daily, weekly and monthly jobs (names in execution_tache), all scheduled every 10 seconds here. */
    private static final Map<String, String> TACHES = Map.ofEntries(
            Map.entry("UPDATE_AND_NOTIFY_SVA", "VAO_TACHE_SVA_AGREMENT_CRON"),
            Map.entry("REQUEST_AGREMENT", "VAO_TACHE_EXPIRATION_AGREMENT_CRON"),
            Map.entry("REQUEST_ACCOUNT2M", "VAO_TACHE_NOTIFICATION_INACTIVITE_CRON"),
            Map.entry("DISABLE_ACCOUNT_3M", "VAO_TACHE_BLOCAGE_INACTIVITE_CRON"),
            Map.entry("SUPPRESSION_COMPTE_INACTIF_NOTIFY", "VAO_TACHE_ALERTE_SUPPRESSION_CRON"),
            Map.entry("SUPPRESSION_COMPTE_INACTIF", "VAO_TACHE_SUPPRESSION_CRON"),
            Map.entry("RAPPEL_INJONCTIONS", "VAO_TACHE_RAPPEL_INJONCTIONS_CRON"),
            Map.entry("PURGE_RGPD", "VAO_TACHE_PURGE_RGPD_CRON"),
            Map.entry("UPDATE_STATUT_DS", "VAO_TACHE_STATUTS_DECLARATIONS_CRON"),
            Map.entry("REQUEST_DS8J15J", "VAO_TACHE_RAPPEL_8J_CRON"),
            Map.entry("REQUEST_ACTIONS_BO", "VAO_TACHE_RECAPITULATIF_DECLARATIONS_CRON"),
            Map.entry("STATISTIQUES", "VAO_TACHE_STATISTIQUES_CRON"));
    private static final int CRENEAU_SECONDES = 10;
    private static final int DECALAGE_B = 2;
    /** JournalAudit's advisory lock: held by the test, it stalls every audit listener. */
    private static final long VERROU_AUDIT = 0x5641_4F5F_4155_4449L;
    private static final String HASH_DEMO = "{bcrypt}$2a$04$8fXeEcoYhC.osGwrVzcEZep7K6by.X6pUBizKjW0iHvkiQch.CYVe";
    private static final String MOT_DE_PASSE = "VaoDemo-2026!";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static JdbcClient jdbc;
    private static RSAKey cle;
    private static Replica a;
    private static Replica b;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final TestWatcher JOURNAUX = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext contexte, Throwable cause) {
            for (Replica r : new Replica[] {a, b}) {
                if (r != null) {
                    r.imprimerJournal();
                }
            }
        }
    };

    @BeforeAll
    static void demarrer() throws Exception {
        postgres = PostgresEmbarque.jetable();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        DriverManagerDataSource source = new DriverManagerDataSource(PostgresEmbarque.url(postgres), "postgres", "");
        jdbc = JdbcClient.create(source);
        cle = new RSAKeyGenerator(2048).keyID("it-" + UUID.randomUUID()).generate();
        byte[] aes = new byte[32];
        new SecureRandom().nextBytes(aes);
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", PostgresEmbarque.url(postgres));
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("VAO_CHIFFREMENT_CLES", "it:" + Base64.getEncoder().encodeToString(aes));
        env.put("VAO_API_CLES", new JWKSet(cle).toString(false));
        env.put("VAO_ANTIVIRUS_MODE", "disabled");
        env.put("VAO_DB_POOL", "5");
        // the test's HTTP client is the loopback for both JVMs: the per-address limits (ADR 0036) would count all
        // its password resets and logins as one visitor's
        env.put("VAO_LIMITES_EXEMPTEES", "127.0.0.1,::1");
        env.put("VAO_SECURITE_COUT_BCRYPT", "4");
        env.put("VAO_COURRIEL_INTERVALLE_ENVOI", "PT1S");
        env.put("VAO_COURRIEL_DELAI_NOUVEL_ESSAI", "PT3S");
        env.put("VAO_TACHES_VERROU_MINIMUM", "PT5S");
        env.put("VAO_TACHE_EVENEMENTS_INTERVALLE", "PT2S");
        env.put("VAO_TACHE_EVENEMENTS_AGE_MINIMUM", "PT12S");
        env.put("LOGGING_LEVEL_ROOT", "WARN");
        env.put("LOGGING_LEVEL_FR_VAO", "INFO");
        // B's clock is 2 seconds behind A's: it fires each slot 2 s after A, when A's run is long over
        Map<String, String> envB = new HashMap<>(env);
        TACHES.values().forEach(v -> {
            env.put(v, "0/" + CRENEAU_SECONDES + " * * * * *");
            envB.put(v, DECALAGE_B + "/" + CRENEAU_SECONDES + " * * * * *");
        });
        a = new Replica("a", env);
        b = new Replica("b", envB);
        try {
            a.attendrePret();
            b.attendrePret();
        } catch (RuntimeException | AssertionError e) {
            a.imprimerJournal(); // a failure here is not a test's: JOURNAUX does not see it
            b.imprimerJournal();
            throw e;
        }
    }

    @AfterAll
    static void arreter() throws IOException {
        for (Replica r : new Replica[] {a, b}) {
            if (r != null) {
                r.arreter();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void uneSessionOuverteSurUneJvmEstValideSurLAutreEtLesDeuxVerifientLesMemesJetonsApi() throws Exception {
        String email = email("session");
        long id = organisateur(email);

        // the login page (its session and CSRF token) from B, the form posted to A
        Page connexion = get(b, "/connexion", null);
        assertThat(connexion.statut()).isEqualTo(200);
        HttpResponse<String> connecte = post(a, "/connexion", connexion.cookie(), Map.of(
                "_csrf", connexion.csrf(), "email", email, "motDePasse", MOT_DE_PASSE));
        assertThat(connecte.statusCode()).isEqualTo(302);
        assertThat(connecte.headers().firstValue("Location").orElseThrow()).doesNotContain("connexion");
        String session = cookie(connecte).orElseThrow();

        Page surB = get(b, "/mon-compte", session);
        assertThat(surB.statut()).isEqualTo(200);
        assertThat(surB.corps()).contains(email);
        Page sansSession = get(b, "/mon-compte", null);
        assertThat(sansSession.statut()).isEqualTo(302);

        // one key set in both JVMs: a token of that key is accepted by either, another key's by none
        String jeton = jeton(cle, id);
        String etranger = jeton(new RSAKeyGenerator(2048).keyID(cle.getKeyID()).generate(), id);
        for (Replica r : new Replica[] {a, b}) {
            assertThat(api(r, null)).isEqualTo(401);
            assertThat(api(r, etranger)).isEqualTo(401);
            assertThat(api(r, jeton)).isNotEqualTo(401);
        }
    }

    @Test
    @Order(2)
    void chaqueCourrielPartUneSeuleFoisQuandLesDeuxJvmEnvoient() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = email("oubli-" + i);
            organisateur(email);
            emails.add(email);
        }
        for (int i = 0; i < emails.size(); i++) {
            demanderLien(i % 2 == 0 ? a : b, emails.get(i));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> emails.stream().allMatch(e -> recus(e) >= 1));
        Thread.sleep(4000); // four runs of each sender more: nothing left to send twice
        for (String e : emails) {
            assertThat(recus(e)).as(e).isEqualTo(1);
            assertThat(jdbc.sql("select statut from courriel where destinataires = :e").param("e", e)
                    .query(String.class).list()).containsExactly("ENVOYE");
        }
    }

    @Test
    @Order(3)
    void chaqueTacheQuotidienneTourneUneFoisParCreneauQuoiqueLesDeuxJvmLaPlanifient() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> TACHES.keySet().stream().allMatch(t -> creneaux(t).size() >= 2));
        for (String tache : TACHES.keySet()) {
            Map<Long, Integer> parCreneau = creneaux(tache);
            assertThat(parCreneau.values()).as(tache + " : exécutions par créneau de 10 s " + parCreneau)
                    .allMatch(n -> n == 1);
        }
        assertThat(jdbc.sql("select count(*) from execution_tache where resultat <> 'SUCCES'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    @Order(4)
    void unCourrielEtUnEvenementEnAttenteSurUneJvmTueeParSigkillSontTraitesUneFoisParLAutre() throws Exception {
        String destinataire = email("sigkill");
        organisateur(destinataire);
        String inconnu = email("evenement-sigkill");
        a.relais.refuser(true);
        b.relais.refuser(true);
        try (Connection verrous = DriverManager.getConnection(PostgresEmbarque.url(postgres), "postgres", "")) {
            executer(verrous, "select pg_advisory_lock(" + VERROU_AUDIT + ")");

            demanderLien(a, destinataire); // a mail in the outbox
            Page connexion = get(a, "/connexion", null); // an audit event, its listener stalled by the lock
            assertThat(post(a, "/connexion", connexion.cookie(), Map.of("_csrf", connexion.csrf(), "email", inconnu,
                    "motDePasse", "faux")).statusCode()).isEqualTo(200);
            UUID publication = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                    select id from event_publication where serialized_event like :e and completion_date is null""")
                    .param("e", "%" + inconnu + "%").query(UUID.class).optional().orElse(null), p -> p != null);
            // the mail's first attempt failed (SMTP refused): it waits for its retry; the test then holds its row
            // so that no JVM claims it before A dies
            long courriel = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                    select id from courriel where destinataires = :e and statut = 'A_ENVOYER' and tentatives >= 1""")
                    .param("e", destinataire).query(Long.class).optional().orElse(null), c -> c != null);
            verrous.setAutoCommit(false);
            await().atMost(Duration.ofSeconds(5)).until(() -> retenir(verrous, courriel));

            long pid = a.processus.pid();
            a.processus.destroyForcibly();
            assertThat(a.processus.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(a.processus.exitValue()).as("tuée par SIGKILL (128 + 9)").isEqualTo(137);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            Instant tuee = Instant.now();

            b.relais.refuser(false);
            verrous.commit();
            verrous.setAutoCommit(true);
            executer(verrous, "select pg_advisory_unlock(" + VERROU_AUDIT + ")");

            await().atMost(Duration.ofSeconds(30)).until(() -> recus(destinataire) == 1
                    && "ENVOYE".equals(statutCourriel(courriel)));
            await().atMost(Duration.ofSeconds(30)).until(() -> journalisations(inconnu) == 1);
            Thread.sleep(4000); // more runs of B's sender and of its resubmission job: still once
            assertThat(recus(destinataire)).isEqualTo(1);
            assertThat(statutCourriel(courriel)).isEqualTo("ENVOYE");
            assertThat(journalisations(inconnu)).isEqualTo(1);
            // attempts: A's, stalled then killed, and one resubmission, by B's job, after A died
            Map<String, Object> etat = jdbc.sql("""
                    select status, completion_attempts, completion_date is not null as terminee,
                           last_resubmission_date > :tuee as reprise_apres
                    from event_publication where id = :id""").param("id", publication)
                    .param("tuee", java.sql.Timestamp.from(tuee)).query().singleRow();
            assertThat(etat).containsEntry("status", "COMPLETED").containsEntry("terminee", true)
                    .containsEntry("completion_attempts", 2).containsEntry("reprise_apres", true);
        }
    }

    // --- helpers ---

    private static boolean retenir(Connection connexion, long courriel) throws SQLException {
        try (PreparedStatement s = connexion.prepareStatement(
                "select id from courriel where id = ? and statut = 'A_ENVOYER' for update")) {
            s.setLong(1, courriel);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return true;
                }
            }
        }
        connexion.rollback();
        return false;
    }

    private static void executer(Connection connexion, String sql) throws SQLException {
        try (PreparedStatement s = connexion.prepareStatement(sql)) {
            s.execute();
        }
    }

    private static String statutCourriel(long id) {
        return jdbc.sql("select statut from courriel where id = :id").param("id", id).query(String.class).single();
    }

    private static int journalisations(String email) {
        return jdbc.sql("select count(*) from journal_audit where acteur like :e").param("e", "%" + email)
                .query(Integer.class).single();
    }

    /** Runs of a job by 10-second slot of its cron. */
    private static Map<Long, Integer> creneaux(String tache) {
        Map<Long, Integer> parCreneau = new HashMap<>();
        jdbc.sql("select floor(extract(epoch from debut) / :s)::bigint from execution_tache where tache = :t")
                .param("s", CRENEAU_SECONDES).param("t", tache).query(Long.class).list()
                .forEach(c -> parCreneau.merge(c, 1, Integer::sum));
        return parCreneau;
    }

    private static String email(String prefixe) {
        return prefixe + "-" + UUID.randomUUID().toString().substring(0, 8) + "@replicas.test";
    }

    private static long organisateur(String email) {
        return jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, region_code, statut,
                                          cgu_acceptees_le, inactivite_notifiee_le)
                values (:email, :hash, 'Durand', 'Alice', '0612345678', '35600000000048', 'IDF', 'VALIDATED', now(),
                        now())
                returning id""").param("email", email).param("hash", HASH_DEMO).query(Long.class).single();
    }

    private static int recus(String email) {
        int n = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                for (var adresse : m.getAllRecipients()) {
                    if (adresse.toString().contains(email)) {
                        n++;
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    private void demanderLien(Replica r, String email) throws Exception {
        Page page = get(r, "/mot-de-passe-oublie", null);
        HttpResponse<String> reponse = post(r, "/mot-de-passe-oublie", page.cookie(),
                Map.of("_csrf", page.csrf(), "email", email));
        assertThat(reponse.statusCode()).isEqualTo(302);
    }

    /** A token as "Mon compte" issues it: signed, and its id stored (ADR 0033), so that only the key decides. */
    private static String jeton(RSAKey signataire, long organisateur) throws JOSEException {
        Instant maintenant = Instant.now();
        UUID jti = UUID.randomUUID();
        jdbc.sql("""
                insert into jeton_api (jti, organisateur_id, libelle, cree_le, expire_le)
                values (:jti, :o, 'replicas', now(), now() + interval '1 hour')""")
                .param("jti", jti).param("o", organisateur).update();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signataire.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("urn:vao").audience("vao-api").subject(Long.toString(organisateur))
                        .jwtID(jti.toString()).issueTime(Date.from(maintenant))
                        .expirationTime(Date.from(maintenant.plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(signataire));
        return jwt.serialize();
    }

    /** An authenticated API call to a path no controller maps: 401 when the token is refused, else not 401. */
    private int api(Replica r, String jeton) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(r.uri("/api/v1/replicas-inexistant"));
        if (jeton != null) {
            requete.header("Authorization", "Bearer " + jeton);
        }
        return http.send(requete.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private record Page(int statut, String corps, String cookie) {
        String csrf() {
            Matcher m = CSRF.matcher(corps);
            assertThat(m.find()).as("jeton CSRF dans la page").isTrue();
            return m.group(1);
        }
    }

    private Page get(Replica r, String chemin, String cookie) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(r.uri(chemin));
        if (cookie != null) {
            requete.header("Cookie", cookie);
        }
        HttpResponse<String> reponse = http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
        return new Page(reponse.statusCode(), reponse.body(), cookie(reponse).orElse(cookie));
    }

    private HttpResponse<String> post(Replica r, String chemin, String cookie, Map<String, String> champs)
            throws Exception {
        StringBuilder corps = new StringBuilder();
        champs.forEach((k, v) -> corps.append(corps.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder requete = HttpRequest.newBuilder(r.uri(chemin))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps.toString()));
        if (cookie != null) {
            requete.header("Cookie", cookie);
        }
        return http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The organiser portal's session cookie the response sets, as "name=value". */
    private static java.util.Optional<String> cookie(HttpResponse<?> reponse) {
        return reponse.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("VAO_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    /** One JVM of the packaged application, its SMTP relay and its log file. */
    private static final class Replica {

        final String nom;
        final int port;
        final RelaisSmtp relais;
        final Process processus;
        final Path journal;

        Replica(String nom, Map<String, String> env) throws IOException {
            this.nom = nom;
            this.port = portLibre();
            this.relais = new RelaisSmtp(smtp.getSmtp().getPort());
            Path dossier = Path.of(System.getProperty("vao.it.journaux", "target/replicas"));
            Files.createDirectories(dossier);
            this.journal = dossier.resolve("replica-" + nom + ".log");
            String jar = System.getProperty("vao.it.jar");
            assertThat(jar).as("vao.it.jar : le jar de mvn package (Failsafe)").isNotNull();
            assertThat(Path.of(jar)).exists();
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=Europe/Paris",
                    "-jar", jar)
                    .redirectErrorStream(true).redirectOutput(journal.toFile());
            pb.environment().putAll(env);
            pb.environment().put("SERVER_PORT", Integer.toString(port));
            pb.environment().put("SPRING_MAIL_PORT", Integer.toString(relais.port()));
            this.processus = pb.start();
        }

        URI uri(String chemin) {
            return URI.create("http://127.0.0.1:" + port + chemin);
        }

        void attendrePret() {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            await("readiness de " + nom).atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        assertThat(processus.isAlive()).as("JVM " + nom + " en vie").isTrue();
                        try {
                            return client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }

        void imprimerJournal() {
            try {
                List<String> lignes = Files.readAllLines(journal);
                System.err.println("===== JVM " + nom + " (" + journal + ", dernières lignes) =====");
                lignes.subList(Math.max(0, lignes.size() - 200), lignes.size()).forEach(System.err::println);
            } catch (IOException e) {
                System.err.println("Journal de " + nom + " illisible : " + e);
            }
        }

        void arreter() {
            processus.destroy();
            try {
                if (!processus.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    processus.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            relais.close();
        }

        private static int portLibre() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
