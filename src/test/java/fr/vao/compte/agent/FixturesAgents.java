package fr.vao.compte.agent;

import static fr.vao.support.TestIntegration.HASH_DEMO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import fr.vao.plateforme.securite.Autorites;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** Agent rows and logged-in agents for the integration tests (each test makes its own, with unique e-mails). */
public final class FixturesAgents {


    private FixturesAgents() {
    }

    /** A unique word of letters (names must be letters), e.g. to filter a list down to one test's rows. */
    public static String unique() {
        StringBuilder s = new StringBuilder("Zz");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** An activated agent; returns its id. */
    public static long inserer(JdbcClient jdbc, String email, String nom, String territoire, String... roles) {
        long id = jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                values (:email, :hash, :nom, 'Test', :territoire, now(), now()) returning id""")
                .param("email", email.toLowerCase(Locale.ROOT)).param("hash", HASH_DEMO).param("nom", nom)
                .param("territoire", territoire).query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("insert into agent_role (agent_id, role) values (:id, :role)").param("id", id).param("role", role)
                    .update();
        }
        return id;
    }

    /** The request as the given agent, logged in with these roles (authorities built like Connexions does). */
    public static RequestPostProcessor connecte(long id, String email, String territoire, String niveau,
            String... roles) {
        UtilisateurConnecte u = new UtilisateurConnecte(Portail.BO, id, email, "Test", "Admin",
                new HashSet<>(Arrays.asList(roles)), territoire, niveau);
        List<GrantedAuthority> autorites = new ArrayList<>();
        autorites.add(new SimpleGrantedAuthority(Autorites.AGENT));
        for (String r : roles) {
            autorites.add(new SimpleGrantedAuthority(r));
        }
        autorites.add(new SimpleGrantedAuthority(Autorites.NIVEAU + niveau));
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, autorites));
    }

    /**
     * The mails received by {@code email}, once at least {@code attendus} arrived (sends the outbox, retrying for up
     * to 30 s: the machine may be slow and the sending job may be locked for a moment).
     */
    public static List<jakarta.mail.internet.MimeMessage> courrielsPour(JdbcClient jdbc,
            fr.vao.notification.EnvoiCourriels envoi, com.icegreen.greenmail.util.GreenMail smtp, String email,
            int attendus) throws InterruptedException {
        long limite = System.currentTimeMillis() + 30_000;
        List<jakarta.mail.internet.MimeMessage> recus;
        while (true) {
            envoi.envoyerEnAttente();
            recus = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (recus.size() >= attendus || System.currentTimeMillis() > limite) {
                break;
            }
            jdbc.sql("""
                    update courriel set prochain_essai_le = timestamptz '2000-01-01 00:00:00+00'
                    where destinataires = :email and statut = 'A_ENVOYER'""").param("email", email).update();
            Thread.sleep(300);
        }
        if (recus.size() < attendus) {
            throw new AssertionError("Courriels attendus pour " + email + " : " + attendus + ", reçus : "
                    + recus.size() + " ; boîte d'envoi : " + jdbc.sql(
                            "select id, statut, tentatives, prochain_essai_le, derniere_erreur from courriel where destinataires = :e")
                            .param("e", email).query().listOfRows());
        }
        return recus;
    }

    /** The decoded plain-text part of a mail (the raw body is quoted-printable). */
    public static String texte(jakarta.mail.Part partie) throws Exception {
        if (partie.isMimeType("text/plain")) {
            return (String) partie.getContent();
        }
        if (partie.getContent() instanceof jakarta.mail.Multipart multi) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < multi.getCount(); i++) {
                s.append(texte(multi.getBodyPart(i)));
            }
            return s.toString();
        }
        return "";
    }

    /** An agent row plus its logged-in request. */
    public record Connecte(long id, String email, RequestPostProcessor requete) {
    }

    public static Connecte agent(JdbcClient jdbc, String prefixe, String territoire, String niveau, String... roles) {
        String email = prefixe.toLowerCase(Locale.ROOT) + "-" + unique().toLowerCase(Locale.ROOT) + "@vao.test";
        long id = inserer(jdbc, email, "Admin", territoire, roles);
        return new Connecte(id, email, connecte(id, email, territoire, niveau, roles));
    }
}
