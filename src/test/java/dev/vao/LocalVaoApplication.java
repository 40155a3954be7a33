package dev.vao;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.vao.VaoApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local run ({@code mvn spring-boot:run}): VAO on http://localhost:8080 with the {@code local} profile (demo data),
 * an embedded PostgreSQL whose data lives in {@code .local-db/} (git-ignored, kept between runs) and a local SMTP
 * server whose mails are readable at http://localhost:8025. With {@code SPRING_DATASOURCE_URL} set, no embedded
 * database starts; with {@code SPRING_MAIL_HOST} set, no local SMTP server starts.
 * This class lives in the test sources: nothing here reaches the production jar.
 */
public final class LocalVaoApplication {

    private LocalVaoApplication() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(VaoApplication.class);
        application.setAdditionalProfiles("local");
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            Path donnees = Path.of(".local-db").toAbsolutePath();
            Files.createDirectories(donnees);
            EmbeddedPostgres pg = PostgresEmbarque.persistant(donnees, Integer.getInteger("vao.local.pg-port", 54329));
            System.setProperty("spring.datasource.url", PostgresEmbarque.url(pg));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "");
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    pg.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        if (System.getenv("SPRING_MAIL_HOST") == null) {
            GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            BoiteLocale boite = BoiteLocale.demarrer(smtp, 8025);
            System.setProperty("spring.mail.host", "127.0.0.1");
            System.setProperty("spring.mail.port", "3025");
            SpringApplication.getShutdownHandlers().add(() -> {
                boite.arreter();
                smtp.stop();
            });
        }
        application.run(args);
    }
}
