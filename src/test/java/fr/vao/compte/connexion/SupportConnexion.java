package fr.vao.compte.connexion;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.support.TestIntegration;

/** Fixtures (accounts inserted by SQL with the precomputed hash of {@link #MDP}) and helpers of the login tests. */
abstract class SupportConnexion extends TestIntegration {

    static final String MDP = MOT_DE_PASSE_DEMO;

    @Autowired
    EnvoiCourriels envoiCourriels;

    static String email(String prefixe) {
        return prefixe + "-" + UUID.randomUUID().toString().substring(0, 8) + "@connexion.test";
    }

    long organisateur(String email, String statut, boolean cgu) {
        return jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, region_code, statut,
                                          cgu_acceptees_le, inactivite_notifiee_le)
                values (:email, :hash, 'Durand', 'Alice', '0612345678', '35600000000048', 'IDF', :statut,
                        case when :cgu then now() end, now())
                returning id""")
                .param("email", email).param("hash", HASH_DEMO).param("statut", statut).param("cgu", cgu)
                .query(Long.class).single();
    }

    long agent(String email, String territoire, boolean active, boolean desactive, boolean cgu, String... roles) {
        long id = jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, desactive,
                                   cgu_acceptees_le)
                values (:email, :hash, 'Martin', 'Bruno', :territoire, now(), :desactive, case when :cgu then now() end)
                returning id""")
                .param("email", email).param("hash", active ? HASH_DEMO : null).param("territoire", territoire)
                .param("desactive", desactive).param("cgu", cgu)
                .query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("insert into agent_role (agent_id, role) values (:id, :role)").param("id", id).param("role", role)
                    .update();
        }
        return id;
    }

    MvcResult connecter(String prefixe, String email, String motDePasse, Cookie... cookies) throws Exception {
        var requete = post(prefixe + "/connexion").with(csrf()).param("email", email).param("motDePasse", motDePasse);
        if (cookies.length > 0) {
            requete.cookie(cookies);
        }
        return mvc.perform(requete).andReturn();
    }

    static Cookie sessionFo(MvcResult resultat) {
        return resultat.getResponse().getCookie("VAO_SESSION");
    }

    static Cookie sessionBo(MvcResult resultat) {
        return resultat.getResponse().getCookie("VAO_BO_SESSION");
    }

    int sessions(String principal) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :p").param("p", principal)
                .query(Integer.class).single();
    }

    /** Rows queued in the outbox for this recipient (sent or not). */
    int courrielsEnFile(String destinataire) {
        return jdbc.sql("select count(*) from courriel where destinataires = :d").param("d", destinataire)
                .query(Integer.class).single();
    }

    /**
     * Sends the outbox and returns the mails received by {@code destinataire}, waiting up to 20 seconds for a queued
     * one (the machine running the tests may be slow).
     */
    List<MimeMessage> courriels(String destinataire) throws Exception {
        List<MimeMessage> recus = recus(destinataire);
        for (int i = 0; i < 40 && recus.isEmpty() && courrielsEnFile(destinataire) > 0; i++) {
            Thread.sleep(500);
            recus = recus(destinataire);
        }
        if (recus.isEmpty() && courrielsEnFile(destinataire) > 0) {
            throw new AssertionError("Courriel en file mais non reçu : " + jdbc.sql(
                    "select statut, prochain_essai_le, tentatives, derniere_erreur from courriel where destinataires = :d")
                    .param("d", destinataire).query().listOfRows());
        }
        return recus;
    }

    private List<MimeMessage> recus(String destinataire) throws MessagingException {
        envoiCourriels.envoyerEnAttente();
        List<MimeMessage> recus = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            Address[] a = m.getAllRecipients();
            if (a != null && Arrays.stream(a).anyMatch(x -> x.toString().equalsIgnoreCase(destinataire))) {
                recus.add(m);
            }
        }
        return recus;
    }

    /** The text/plain part of a mail. */
    static String texte(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                String t = texte(multi.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    static String extraire(String texte, String regex) {
        Matcher m = Pattern.compile(regex).matcher(texte);
        if (!m.find()) {
            throw new AssertionError("« " + regex + " » introuvable dans : " + texte);
        }
        return m.group(1);
    }
}
