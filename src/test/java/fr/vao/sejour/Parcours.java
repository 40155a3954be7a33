package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/** A déclaration filled in and submitted through the organiser's pages, as a user would. */
final class Parcours {

    static final Map<String, String> ATTESTATION = Map.of("aCertifie", "true", "nom", "Lefebvre", "prenom", "Julie",
            "qualite", "Directrice");

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    Parcours(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    int version(long id) {
        return jdbc.sql("select version from declaration_sejour where id = :id").param("id", id).query(Integer.class)
                .single();
    }

    String statut(long id) {
        return jdbc.sql("select statut from declaration_sejour where id = :id").param("id", id).query(String.class)
                .single();
    }

    MvcResult poster(UtilisateurConnecte u, String chemin, Map<String, String> champs) throws Exception {
        MockHttpServletRequestBuilder r = post(chemin).with(csrf()).with(en(u));
        champs.forEach(r::param);
        return mvc.perform(r).andReturn();
    }

    static Map<String, String> avec(Map<String, String> m, String cle, String valeur) {
        Map<String, String> copie = new HashMap<>(m);
        copie.put(cle, valeur);
        return copie;
    }

    /** The subjects of the mails this address received, once the outbox is sent to the test SMTP server. */
    static java.util.List<String> sujetsRecus(fr.vao.notification.EnvoiCourriels envoi,
            com.icegreen.greenmail.util.GreenMail smtp, String email) {
        envoi.envoyerEnAttente();
        // GreenMail keeps one copy per recipient of a mail sent to several: count each mail once (its Message-ID)
        java.util.Map<String, String> sujets = new java.util.LinkedHashMap<>();
        for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (java.util.Arrays.stream(m.getRecipients(jakarta.mail.Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(email))) {
                    sujets.put(m.getMessageID(), m.getSubject());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new java.util.ArrayList<>(sujets.values());
    }

    /** The subjects of the mails this address received in copy ("Cc"), once the outbox is sent. */
    static java.util.List<String> sujetsEnCopie(fr.vao.notification.EnvoiCourriels envoi,
            com.icegreen.greenmail.util.GreenMail smtp, String email) {
        envoi.envoyerEnAttente();
        java.util.Map<String, String> sujets = new java.util.LinkedHashMap<>();
        for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
            try {
                jakarta.mail.Address[] copies = m.getRecipients(jakarta.mail.Message.RecipientType.CC);
                if (copies != null && java.util.Arrays.stream(copies).anyMatch(a -> a.toString().contains(email))) {
                    sujets.put(m.getMessageID(), m.getSubject());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new java.util.ArrayList<>(sujets.values());
    }

    long creer(OrganismesAgrees.Organisme o, LocalDate debut, LocalDate fin) throws Exception {
        MvcResult r = poster(o.membre(), "/sejours/nouvelle", Map.of("libelle", "Été à la mer",
                "dateDebut", debut.toString(), "dateFin", fin.toString(), "responsable.nom", "Lefebvre",
                "responsable.prenom", "Julie", "responsable.fonction", "Directrice",
                "responsable.adresse", "1 rue de Rivoli 75001 Paris", "responsable.telephone", "0612345678",
                "responsable.email", "julie@sejours.vao.test"));
        assertThat(r.getResponse().getRedirectedUrl()).matches("/sejours/\\d+/vacanciers");
        return Long.parseLong(r.getResponse().getRedirectedUrl().split("/")[2]);
    }

    /** Steps 2, 3, 4 and 7 filled in, each through its page; the stay in the Paris hébergement. */
    void completer(OrganismesAgrees.Organisme o, long id, LocalDate debut, LocalDate fin) throws Exception {
        String base = "/sejours/" + id;
        assertThat(poster(o.membre(), base + "/vacanciers", Map.of("version", "" + version(id), "femmes", "4",
                "hommes", "6", "total", "10", "tranchesAge", "18_39", "deficiences", "moteur",
                "precisionDeficiences", "Fauteuils roulants")).getResponse().getRedirectedUrl())
                .isEqualTo(base + "/personnel");
        assertThat(poster(o.membre(), base + "/personnel", Map.of("version", "" + version(id), "nombreAccompagnants",
                "3", "nombreResponsables", "1", "procedureRecrutementSupplementaire", "true")).getResponse()
                .getRedirectedUrl()).isEqualTo(base + "/projet");
        assertThat(poster(o.membre(), base + "/projet", Map.of("version", "" + version(id), "destinations", "mer",
                "activitesSportives", "baignade")).getResponse().getRedirectedUrl()).isEqualTo(base + "/transport");
        assertThat(poster(o.membre(), base + "/hebergements", Map.of("version", "" + version(id), "hebergementId",
                o.paris().toString(), "etape.dateDebut", debut.toString(), "etape.dateFin", fin.toString()))
                .getResponse().getRedirectedUrl()).isEqualTo(base + "/hebergements");
    }

    MvcResult transmettre(OrganismesAgrees.Organisme o, long id) throws Exception {
        return poster(o.membre(), "/sejours/" + id + "/synthese", avec(ATTESTATION, "version", "" + version(id)));
    }

    /** A complete déclaration, submitted: TRANSMISE. */
    long transmise(OrganismesAgrees.Organisme o, LocalDate debut, LocalDate fin) throws Exception {
        long id = creer(o, debut, fin);
        completer(o, id, debut, fin);
        assertThat(transmettre(o, id).getResponse().getRedirectedUrl()).isEqualTo("/sejours");
        return id;
    }
}
