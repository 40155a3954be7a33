package fr.vao.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

class MonCompteTest extends SupportConnexion {

    private static final String NOUVEAU = "Une phrase de passe bien longue";

    /** A second session of the same user, as if opened from another browser before the current one. */
    private void autreSession(String principal) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                            max_inactive_interval, expiry_time, principal_name)
                values (:p, :s, 0, 0, 1800, :expiry, :principal)""")
                .param("p", id).param("s", UUID.randomUUID().toString())
                .param("expiry", System.currentTimeMillis() + 1_800_000).param("principal", principal).update();
    }

    @Test
    void changerSonMotDePasseFermeLesAutresSessionsEtOublieLesAppareils() throws Exception {
        String email = email("mdp");
        long id = organisateur(email, "VALIDATED", true);
        Cookie session = sessionFo(connecter("", email, MDP));
        autreSession("FO:" + id);
        autreSession("FO:" + id);
        jdbc.sql("insert into appareil_confiance (hash, portail, utilisateur_id, expire_le) values "
                + "(md5(random()::text) || md5(random()::text), 'FO', :id, now() + interval '1 day')")
                .param("id", id).update();
        assertThat(sessions("FO:" + id)).isEqualTo(3);

        mvc.perform(post("/mon-compte/mot-de-passe").with(csrf()).cookie(session).param("actuel", "faux")
                .param("nouveau", NOUVEAU).param("confirmation", NOUVEAU))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe actuel est incorrect")));
        mvc.perform(post("/mon-compte/mot-de-passe").with(csrf()).cookie(session).param("actuel", MDP)
                .param("nouveau", "1qaz2wsx3edc").param("confirmation", "1qaz2wsx3edc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fait partie des plus utilisés")));
        assertThat(sessions("FO:" + id)).isEqualTo(3);

        mvc.perform(post("/mon-compte/mot-de-passe").with(csrf()).cookie(session).param("actuel", MDP)
                .param("nouveau", NOUVEAU).param("confirmation", NOUVEAU))
                .andExpect(redirectedUrl("/mon-compte"));

        assertThat(sessions("FO:" + id)).isEqualTo(1);
        mvc.perform(get("/mon-compte").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vos autres sessions ont été fermées")));
        assertThat(jdbc.sql("select count(*) from appareil_confiance where portail = 'FO' and utilisateur_id = :id")
                .param("id", id).query(Integer.class).single()).isZero();
        assertThat(connecter("", email, NOUVEAU).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void changerSonNomMetAJourLaSessionEtDetecteLesModificationsConcurrentes() throws Exception {
        String email = email("identite");
        long id = agent(email, "75", true, false, true, "DemandeSejour_Lecture", "eig");
        Cookie session = sessionBo(connecter("/bo", email, MDP));
        mvc.perform(get("/bo/mon-compte").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Accès en lecture aux déclarations de séjour")))
                .andExpect(content().string(containsString("Paris")));
        int version = jdbc.sql("select version from agent where id = :id").param("id", id).query(Integer.class)
                .single();

        mvc.perform(post("/bo/mon-compte/identite").with(csrf()).cookie(session).param("nom", "Dupont-Lefèvre")
                .param("prenom", "Zoé").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/bo/mon-compte"));
        mvc.perform(get("/bo").cookie(session)).andExpect(content().string(containsString("Zoé Dupont-Lefèvre")));
        assertThat(jdbc.sql("select nom from agent where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Dupont-Lefèvre");

        mvc.perform(post("/bo/mon-compte/identite").with(csrf()).cookie(session).param("nom", "Autre")
                .param("prenom", "Nom").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre compte a été modifié entre-temps")));
        assertThat(jdbc.sql("select nom from agent where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Dupont-Lefèvre");
    }

    @Test
    void lesSaisiesHostilesDeMonCompteDonnentDesMessagesEnFrancais() throws Exception {
        String email = email("identite-hostile");
        organisateur(email, "VALIDATED", true);
        Cookie session = sessionFo(connecter("", email, MDP));
        mvc.perform(post("/mon-compte/identite").with(csrf()).cookie(session).param("nom", "<b>Nom</b>")
                .param("prenom", "p".repeat(300)).param("version", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez un nom composé de lettres")))
                .andExpect(content().string(containsString("100 caractères au plus")))
                .andExpect(content().string(containsString("&lt;b&gt;Nom&lt;/b&gt;")));
        mvc.perform(post("/mon-compte/mot-de-passe").with(csrf()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez votre mot de passe actuel")));
        // bcrypt cannot hash more than 72 bytes: refused with a message, not a 500
        String long80Octets = "é".repeat(40);
        mvc.perform(post("/mon-compte/mot-de-passe").with(csrf()).cookie(session).param("actuel", MDP)
                .param("nouveau", long80Octets).param("confirmation", long80Octets))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("72 caractères au plus")));
    }

    @Test
    void monCompteEstReserveAuxUtilisateursConnectesDeSonPortail() throws Exception {
        mvc.perform(get("/mon-compte")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/bo/mon-compte")).andExpect(redirectedUrl("/bo/connexion"));
        mvc.perform(post("/mon-compte/identite").with(csrf()).param("nom", "X").param("prenom", "Y"))
                .andExpect(status().is3xxRedirection());
    }
}
