package fr.vao.compte.organisateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class ValidationOvaTest extends TestOrganisateur {

    private static final AtomicInteger N = new AtomicInteger();

    private RequestPostProcessor dreetsIdf;
    private long dreetsIdfId;
    private String suffixe;

    @BeforeEach
    void preparer() throws Exception {
        envoyer();
        SMTP.purgeEmailFromAllMailboxes();
        suffixe = "-" + N.incrementAndGet() + "-" + System.nanoTime();
        String email = "dreets-idf-vova" + suffixe + "@vao.test";
        dreetsIdfId = creerAgent(email, "IDF", "Compte");
        dreetsIdf = agent(dreetsIdfId, email, "IDF", "REG", "Compte");
    }

    private long attente(String prefixe, String region) {
        return creerOrganisateur(prefixe + suffixe + "@vao.test", "NEED_SIRET_VALIDATION", region, "73282932000074",
                true);
    }

    private Map<String, Object> compte(long id) {
        return jdbc.sql("select statut, motif_refus, traite_par_agent_id, traite_le, version from organisateur where id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    void lesAgentsDepartementauxEtNationauxNOntPasAccesALaValidation() throws Exception {
        long id = attente("vova-acces", "IDF");
        RequestPostProcessor ddets = agent(1_000_001, "ddets-vova@vao.test", "75", "DEP", "Compte");
        RequestPostProcessor dgcs = agent(1_000_002, "dgcs-vova@vao.test", "FRA", "NAT", "Compte");
        for (RequestPostProcessor agent : new RequestPostProcessor[] {ddets, dgcs}) {
            mvc.perform(get("/bo/validation-ova").with(agent)).andExpect(status().isForbidden());
            mvc.perform(get("/bo/validation-ova/export.csv").with(agent)).andExpect(status().isForbidden());
            mvc.perform(get("/bo/validation-ova/" + id).with(agent)).andExpect(status().isForbidden());
            mvc.perform(post("/bo/validation-ova/" + id + "/valider").with(csrf()).with(agent).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/bo/validation-ova/" + id + "/refuser").with(csrf()).with(agent).param("version", "0")
                    .param("motif", "Motif suffisant")).andExpect(status().isForbidden());
        }
        assertThat(compte(id).get("statut")).isEqualTo("NEED_SIRET_VALIDATION");
        mvc.perform(get("/bo/validation-ova")).andExpect(status().is3xxRedirection());
    }

    @Test
    void unAgentRegionalNeVoitNiNeTraiteLesDemandesDUneAutreRegion() throws Exception {
        long idf = attente("vova-idf", "IDF");
        long aura = attente("vova-aura", "AURA");
        mvc.perform(get("/bo/validation-ova").with(dreetsIdf)).andExpect(status().isOk())
                .andExpect(content().string(containsString("vova-idf" + suffixe)))
                .andExpect(content().string(not(containsString("vova-aura" + suffixe))));
        mvc.perform(get("/bo/validation-ova/" + aura).with(dreetsIdf)).andExpect(status().isNotFound());
        mvc.perform(post("/bo/validation-ova/" + aura + "/valider").with(csrf()).with(dreetsIdf).param("version", "0"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("relève d’une autre région")));
        mvc.perform(post("/bo/validation-ova/" + aura + "/refuser").with(csrf()).with(dreetsIdf).param("version", "0")
                .param("motif", "Motif suffisant")).andExpect(status().isForbidden());
        assertThat(compte(aura).get("statut")).isEqualTo("NEED_SIRET_VALIDATION");
        mvc.perform(get("/bo/validation-ova/" + idf).with(dreetsIdf)).andExpect(status().isOk())
                .andExpect(content().string(containsString("vova-idf" + suffixe)))
                .andExpect(content().string(containsString("SIRET vérifié par l’INSEE")));
    }

    @Test
    void laListeSeFiltreSeTrieSePagineEtSExporte() throws Exception {
        creerOrganisateur("vova-filtre-a" + suffixe + "@vao.test", "NEED_SIRET_VALIDATION", "IDF", "55210055400013", false);
        attente("vova-filtre-b", "IDF");
        attente("vova-filtre-valide", "IDF");
        jdbc.sql("update organisateur set statut = 'VALIDATED' where email = :e")
                .param("e", "vova-filtre-valide" + suffixe + "@vao.test").update();

        mvc.perform(get("/bo/validation-ova").with(dreetsIdf).param("email", "vova-filtre").param("tri", "email")
                        .param("ordre", "desc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 demandes")))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("SIRET non vérifié")))
                .andExpect(content().string(not(containsString("vova-filtre-valide" + suffixe))));
        mvc.perform(get("/bo/validation-ova").with(dreetsIdf).param("email", "vova-filtre").param("siret", "5521"))
                .andExpect(content().string(containsString("1 demande")));
        mvc.perform(get("/bo/validation-ova").with(dreetsIdf).param("nom", "x".repeat(101)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saisissez 100 caractères au plus.")));
        mvc.perform(get("/bo/validation-ova").with(dreetsIdf).param("page", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez un numéro de page")));

        String csv = mvc.perform(get("/bo/validation-ova/export.csv").with(dreetsIdf).param("email", "vova-filtre"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Nom;Prénom;Adresse courriel;Téléphone;SIRET;SIRET vérifié;Date de la demande")
                .contains("vova-filtre-a" + suffixe + "@vao.test;0612345678;55210055400013;Non")
                .contains("vova-filtre-b" + suffixe).doesNotContain("vova-filtre-valide");
    }

    @Test
    void validerRendLeCompteActifEtEnvoieM7() throws Exception {
        long id = attente("vova-valider", "IDF");
        mvc.perform(post("/bo/validation-ova/" + id + "/valider").with(csrf()).with(dreetsIdf).param("version", "0"))
                .andExpect(redirectedUrl("/bo/validation-ova"));
        Map<String, Object> compte = compte(id);
        assertThat(compte.get("statut")).isEqualTo("VALIDATED");
        assertThat(compte.get("traite_par_agent_id")).isEqualTo(dreetsIdfId);
        assertThat(compte.get("traite_le")).isNotNull();

        MimeMessage m7 = seulRecuPar("vova-valider" + suffixe + "@vao.test");
        assertThat(sujet(m7)).isEqualTo("VAO - Inscription validée, prochaines étapes pour votre compte");
        assertThat(texte(m7)).contains("Se connecter à VAO").contains("http://localhost:8080/connexion")
                .contains("Bonjour Alice Durand");

        // Already processed: a second click is a clear conflict, not a second mail
        mvc.perform(post("/bo/validation-ova/" + id + "/valider").with(csrf()).with(dreetsIdf).param("version", "1"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("déjà été traitée")));
        assertThat(attendreAudit("COMPTE_VALIDE", "BO:%", "vova-valider" + suffixe)).isTrue();
    }

    @Test
    void uneVersionPerimeeDonneUnConflit() throws Exception {
        long id = attente("vova-conflit", "IDF");
        jdbc.sql("update organisateur set version = version + 1 where id = :id").param("id", id).update();
        mvc.perform(post("/bo/validation-ova/" + id + "/valider").with(csrf()).with(dreetsIdf).param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("modifiée par quelqu’un d’autre")));
        assertThat(compte(id).get("statut")).isEqualTo("NEED_SIRET_VALIDATION");
    }

    @Test
    void refuserSansMotifEstImpossible() throws Exception {
        long id = attente("vova-sans-motif", "IDF");
        mvc.perform(post("/bo/validation-ova/" + id + "/refuser").with(csrf()).with(dreetsIdf).param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Saisissez le motif du refus.")))
                .andExpect(content().string(containsString("resume-erreurs")));
        mvc.perform(post("/bo/validation-ova/" + id + "/refuser").with(csrf()).with(dreetsIdf).param("version", "0")
                        .param("motif", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("de 5 à 1 000 caractères")));
        assertThat(compte(id).get("statut")).isEqualTo("NEED_SIRET_VALIDATION");
    }

    @Test
    void refuserBloqueLeCompteEtEnvoieM8AvecLeMotif() throws Exception {
        long id = attente("vova-refus", "IDF");
        mvc.perform(get("/bo/validation-ova/" + id).with(dreetsIdf)).andExpect(status().isOk())
                .andExpect(content().string(containsString("fr-modal")))
                .andExpect(content().string(containsString("Motif du refus")));
        mvc.perform(post("/bo/validation-ova/" + id + "/refuser").with(csrf()).with(dreetsIdf).param("version", "0")
                        .param("motif", "Organisme inconnu de nos services"))
                .andExpect(redirectedUrl("/bo/validation-ova"));
        Map<String, Object> compte = compte(id);
        assertThat(compte.get("statut")).isEqualTo("BLOCKED");
        assertThat(compte.get("motif_refus")).isEqualTo("Organisme inconnu de nos services");
        assertThat(compte.get("traite_par_agent_id")).isEqualTo(dreetsIdfId);

        MimeMessage m8 = seulRecuPar("vova-refus" + suffixe + "@vao.test");
        assertThat(sujet(m8)).isEqualTo("Refus d'inscription de votre organisme sur la plateforme VAO");
        assertThat(texte(m8)).contains("La DREETS de la région Île-de-France a traité votre demande")
                .contains("Organisme inconnu de nos services");
        assertThat(attendreAudit("COMPTE_REFUSE", "BO:%", "vova-refus" + suffixe)).isTrue();
    }
}
