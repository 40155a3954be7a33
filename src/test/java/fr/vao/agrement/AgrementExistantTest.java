package fr.vao.agrement;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/** "J'ai déjà un agrément" and the portal gating (spec §2.6), with the copy through the document module. */
class AgrementExistantTest extends TestIntegration {

    /** SIRETs are unique across the shared database: 733… belongs to HebergementsTest, 744… to this class. */
    private static final AtomicInteger SIREN = new AtomicInteger(744_000_000);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** An organiser member of a finalised organisme (siège social when porteur); returns the user. */
    private UtilisateurConnecte membre(String siret, boolean porteur) {
        long u = jdbc.sql("""
                insert into organisateur (email, nom, prenom, telephone, siret, siret_verifie, region_code, statut)
                values (:email, 'Roux', 'Léa', '0612345678', :siret, true, 'IDF', 'VALIDATED') returning id""")
                .param("email", "agrement-" + siret + "-" + System.nanoTime() + "@vao.test").param("siret", siret)
                .query(Long.class).single();
        long o = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, cree_le, modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, :porteur, true, now(), now())
                on conflict (siret) where not supprime do update set complet = true returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).param("porteur", porteur)
                .query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", u).param("o", o).update();
        return Connectes.organisateur(u, "IDF");
    }

    private static MockMultipartHttpServletRequestBuilder declaration(byte[] copie, String nom) {
        MockMultipartHttpServletRequestBuilder r = multipart("/agrement/existant");
        if (copie != null) {
            r.file(new MockMultipartFile("fichier", nom, "application/pdf", copie));
        }
        return r;
    }

    private SituationAgrement situation(UtilisateurConnecte u, String page) throws Exception {
        return (SituationAgrement) mvc.perform(get(page).with(en(u))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("situation");
    }

    @Test
    void uneFicheFinaliseeSansAgrementMeneALaPageDeBienvenuePuisLAgrementDeclareOuvreLesHebergements()
            throws Exception {
        antivirusSain();
        String siren = String.valueOf(SIREN.incrementAndGet());
        UtilisateurConnecte u = membre(siren + "00011", true);

        mvc.perform(get("/").with(en(u))).andExpect(redirectedUrl("/agrement/bienvenue"));
        assertThat(situation(u, "/agrement/bienvenue").valide()).isFalse();

        mvc.perform(declaration(null, null).with(csrf()).with(en(u))).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "numero", "dateObtention", "regionObtention",
                        "copie"));
        mvc.perform(declaration(PDF, "agrement.pdf").param("numero", "AGR.001-2019-001")
                .param("dateObtention", LocalDate.now().minusYears(6).toString()).param("regionObtention", "IDF")
                .with(csrf()).with(en(u))).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "dateObtention", "agrement.erreur.date-expiree"));
        mvc.perform(declaration("MZ pas un pdf".getBytes(StandardCharsets.US_ASCII), "agrement.pdf")
                .param("numero", "AGR.001-2024-001").param("dateObtention", "2024-03-15")
                .param("regionObtention", "IDF").with(csrf()).with(en(u))).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "copie", "document.refus.type-non-accepte"));
        assertThat(jdbc.sql("""
                select count(*) from agrement a join organisme o on o.id = a.organisme_id where o.siren = :s""")
                .param("s", siren).query(Integer.class).single()).isZero();

        mvc.perform(declaration(PDF, "agrement.pdf").param("numero", "AGR.001-2024-001")
                .param("dateObtention", "2024-03-15").param("regionObtention", "IDF").with(csrf()).with(en(u)))
                .andExpect(redirectedUrl("/agrement"));
        assertThat(jdbc.sql("""
                select a.statut || '|' || a.date_fin_validite || '|' || d.rattachement_type from agrement a
                join organisme o on o.id = a.organisme_id join document d on d.id = a.document_id
                where o.siren = :s""").param("s", siren).query(String.class).single())
                .isEqualTo("VALIDE|2029-03-15|AGREMENT");

        mvc.perform(get("/").with(en(u))).andExpect(status().isOk())
                .andExpect(model().attribute("agrementValide", true));
    }

    @Test
    void laCopieEstLueParLOrganismeEtParLaDreetsDeLaRegionSeulement() throws Exception {
        antivirusSain();
        String siren = String.valueOf(SIREN.incrementAndGet());
        UtilisateurConnecte u = membre(siren + "00011", true);
        mvc.perform(declaration(PDF, "agrement.pdf").param("numero", "AGR-IDF-7").param("dateObtention", "2025-01-10")
                .param("regionObtention", "IDF").with(csrf()).with(en(u))).andExpect(redirectedUrl("/agrement"));
        String document = jdbc.sql("""
                select a.document_id::text from agrement a join organisme o on o.id = a.organisme_id
                where o.siren = :s""").param("s", siren).query(String.class).single();

        mvc.perform(get("/documents/" + document).with(en(u))).andExpect(status().isOk());
        UtilisateurConnecte autre = membre(String.valueOf(SIREN.incrementAndGet()) + "00011", true);
        mvc.perform(get("/documents/" + document).with(en(autre))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/documents/" + document).with(en(Connectes.agent(9001, "IDF", "REG", "Agrement"))))
                .andExpect(status().isOk());
        mvc.perform(get("/bo/documents/" + document).with(en(Connectes.agent(9002, "AURA", "REG", "Agrement"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/bo/documents/" + document).with(en(Connectes.agent(9003, "FRA", "NAT"))))
                .andExpect(status().isOk());
    }

    @Test
    void unEtablissementSecondaireUtiliseLAgrementDeSonSiegeEtNePeutPasEnDeclarer() throws Exception {
        antivirusSain();
        String siren = String.valueOf(SIREN.incrementAndGet());
        UtilisateurConnecte siege = membre(siren + "00011", true);
        UtilisateurConnecte secondaire = membre(siren + "00029", false);

        SituationAgrement avant = situation(secondaire, "/agrement");
        assertThat(avant.valide()).isFalse();
        assertThat(avant.peutDeclarer()).isFalse();
        mvc.perform(declaration(PDF, "agrement.pdf").param("numero", "AGR-2").param("dateObtention", "2025-01-10")
                .param("regionObtention", "IDF").with(csrf()).with(en(secondaire))).andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));

        mvc.perform(declaration(PDF, "agrement.pdf").param("numero", "AGR-1").param("dateObtention", "2025-01-10")
                .param("regionObtention", "IDF").with(csrf()).with(en(siege))).andExpect(redirectedUrl("/agrement"));
        mvc.perform(get("/").with(en(secondaire))).andExpect(status().isOk())
                .andExpect(model().attribute("agrementValide", true));
        String document = jdbc.sql("""
                select a.document_id::text from agrement a join organisme o on o.id = a.organisme_id
                where o.siret = :s""").param("s", siren + "00011").query(String.class).single();
        mvc.perform(get("/documents/" + document).with(en(secondaire))).andExpect(status().isOk());
    }
}
