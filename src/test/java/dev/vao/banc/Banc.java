package dev.vao.banc;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vao.VaoApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.json.JsonMapper;

/**
 * The volume benchmark (docs/performance.md), outside {@code mvn verify}:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.vao.banc.Banc -Dexec.classpathScope=test}.
 * It starts its own PostgreSQL in {@code target/banc-db} (kept between runs: the data is seeded once), the application
 * on a free port without demo data, seeds 10 × the national volume if needed, measures every scenario of
 * {@link Campagne} over HTTP with 1 and 4 clients, then logs the plans of the queries of one request of each
 * scenario (auto_explain, ANALYZE and BUFFERS) to {@code target/banc-plans.txt}.
 * System properties: {@code banc.echantillons} (200), {@code banc.dossier} (target/banc-db).
 */
public final class Banc {

    public static final String MOT_DE_PASSE = "VaoDemo-2026!";

    private Banc() {
    }

    public static void main(String[] args) throws Exception {
        int echantillons = Integer.getInteger("banc.echantillons", 200);
        Path dossier = Path.of(System.getProperty("banc.dossier", "target/banc-db")).toAbsolutePath();
        Volume.verifierDisque(dossier.getParent());
        Path journal = dossier.resolveSibling("banc-postgres.log");
        Files.deleteIfExists(journal);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setDataDirectory(dossier)
                .setCleanDataDirectory(false).setPort(54339).setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "16MB")
                .setServerConfig("shared_preload_libraries", "auto_explain") // off until the plans' pass
                .setOutputRedirector(Redirect.appendTo(journal.toFile()))
                .setErrorRedirector(Redirect.appendTo(journal.toFile())).start();
        SpringApplication application = new SpringApplication(VaoApplication.class);
        // as command-line arguments: they override application.properties, where most of these keys have a value
        // (default properties would not, e.g. an empty VAO_CHIFFREMENT_CLES)
        Map<String, String> proprietes = Map.of("spring.datasource.url", dev.vao.PostgresEmbarque.url(pg),
                "spring.datasource.username", "postgres", "server.port", "0", "vao.taches.actives", "false",
                "vao.antivirus.mode", "disabled", "management.health.mail.enabled", "false",
                "logging.level.root", "WARN", "spring.main.banner-mode", "off",
                "spring.flyway.out-of-order", "true",
                // the EIG's encryption key (ADR 0024): a bench key, this run only
                "vao.chiffrement.cles", "banc:YmFuYy12YW8tY2xlLWRlLWJhbmMtMzItb2N0ZXRzISE=");
        ConfigurableApplicationContext contexte = application.run(proprietes.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        try {
            DataSource source = contexte.getBean(DataSource.class);
            Volume volume = Volume.national();
            if (!volume.present(source)) {
                long debut = System.nanoTime();
                Map<String, Long> durees = volume.generer(source, contexte.getBean(JsonMapper.class));
                System.out.printf("Données générées en %d s : %s%n", (System.nanoTime() - debut) / 1_000_000_000,
                        durees);
            }
            JdbcClient jdbc = JdbcClient.create(source);
            System.out.println("Base : " + jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))")
                    .query(String.class).single() + " ; " + jdbc.sql("""
                            select format('%s déclarations, %s organismes, %s hébergements, %s messages',
                                (select count(*) from declaration_sejour), (select count(*) from organisme),
                                (select count(*) from hebergement),
                                (select case when to_regclass('message') is null then 0
                                             else (select reltuples::bigint from pg_class where relname = 'message')
                                        end))""").query(String.class).single());
            String url = "http://localhost:" + contexte.getEnvironment().getProperty("local.server.port");
            Volume.Comptes comptes = volume.comptes(source);
            List<Mesures.Resultat> resultats = Campagne.executer(new Mesures(url), comptes, List.of(1, 4),
                    echantillons, 20, MOT_DE_PASSE);
            System.out.println(Mesures.entete());
            resultats.forEach(r -> System.out.println(r.ligne()));
            plans(jdbc, new Mesures(url), comptes, journal, dossier.resolveSibling("banc-plans.txt"));
        } finally {
            contexte.close();
            pg.close();
        }
    }

    /** One request of each scenario with auto_explain on (ANALYZE, BUFFERS): the plans go to {@code sortie}. */
    private static void plans(JdbcClient jdbc, Mesures mesures, Volume.Comptes comptes, Path journal, Path sortie)
            throws Exception {
        long avant = Files.size(journal);
        reglerAutoExplain(jdbc, "0");
        try {
            Campagne.executer(mesures, comptes, List.of(1), 1, 0, MOT_DE_PASSE);
        } finally {
            reglerAutoExplain(jdbc, "-1");
        }
        Thread.sleep(500);
        byte[] tout = Files.readAllBytes(journal);
        String plans = new String(tout, (int) avant, tout.length - (int) avant, java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(sortie, plans);
        // the whole table name: "organisme" must not count the 18 rows of organisme_non_agree
        java.util.regex.Pattern grande = java.util.regex.Pattern.compile(
                "Seq Scan on (declaration_sejour|declaration_visibilite|message|hebergement|organisme) ");
        long sequentiels = plans.lines().filter(l -> grande.matcher(l).find()).count();
        System.out.println("Plans : " + sortie + " ; parcours séquentiels d'une grande table : " + sequentiels);
    }

    private static void reglerAutoExplain(JdbcClient jdbc, String duree) {
        jdbc.sql("alter system set auto_explain.log_min_duration = '" + duree + "'").update();
        jdbc.sql("alter system set auto_explain.log_analyze = on").update();
        jdbc.sql("alter system set auto_explain.log_buffers = on").update();
        jdbc.sql("select pg_reload_conf()").query().singleRow();
    }
}
