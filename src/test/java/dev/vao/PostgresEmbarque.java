package dev.vao;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Embedded PostgreSQL (zonky binaries, PG 17) for the local run and the tests. Never on the production classpath.
 * As root, zonky runs PostgreSQL in a user namespace (unshare -U). The database is stopped through Spring Boot's
 * shutdown handlers, after the application context has closed (STACK-NOTES §1: never in a JVM shutdown hook).
 */
public final class PostgresEmbarque {

    private PostgresEmbarque() {
    }

    /** A throwaway cluster in a temporary directory, tuned for speed (tests). */
    public static EmbeddedPostgres jetable() throws IOException {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "100")
                .start();
    }

    /** A persistent cluster in {@code dataDirectory}, kept between runs (local run). */
    public static EmbeddedPostgres persistant(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    public static String url(EmbeddedPostgres pg) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
    }
}
