package fr.vao.eig;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.compte.RolesOrganisateurs;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.organisme.SuppressionOrganismes;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.SejoursPourEig;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The optional file of step 4 (PDF only, through the document module) and who downloads it; the RGPD deletion of
 * an organisme takes its EIG and their files with it.
 */
class EigFichierTest extends TestIntegration {

    static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    @Autowired
    SuppressionOrganismes suppressions;

    int version(long id) {
        return jdbc.sql("select version from eig where id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void fichierPdfJointLuParQuiLitLEigPuisSuppressionRgpd() throws Exception {
        antivirusSain();
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        LocalDate jour = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
        long sejour = SejoursPourEig.declaration(jdbc, o, "VALIDEE 8J", jour.minusDays(1), jour.plusDays(5));
        MvcResult r = mvc.perform(post("/eig/nouveau").with(csrf()).with(en(o.membre()))
                .param("declarationId", "" + sejour).param("departement", "92")
                .param("dateIncident", jour.toString())).andReturn();
        long id = Long.parseLong(r.getResponse().getRedirectedUrl().split("/")[2]);

        // not a PDF: refused next to the field
        MvcResult png = mvc.perform(multipart("/eig/" + id + "/recapitulatif").file(new MockMultipartFile("piece",
                "photo.png", "image/png", AnalysePng.PNG)).param("version", "" + version(id)).with(csrf())
                .with(en(o.membre()))).andReturn();
        assertThat(png.getResponse().getContentAsString()).contains("Joignez un fichier au format PDF");
        assertThat(jdbc.sql("select fichier from eig where id = :id").param("id", id).query(UUID.class).optional()
                .orElse(null)).isNull();
        assertThat(jdbc.sql("select count(*) from document where nom = 'photo.png' and depose_par = :u")
                .param("u", o.membre().id()).query(Integer.class).single()).as("nothing stored").isZero();

        MvcResult ok = mvc.perform(multipart("/eig/" + id + "/recapitulatif").file(new MockMultipartFile("piece",
                "rapport.pdf", "application/pdf", PDF)).param("version", "" + version(id)).with(csrf())
                .with(en(o.membre()))).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/eig/" + id + "/recapitulatif");
        UUID fichier = jdbc.sql("select fichier from eig where id = :id").param("id", id).query(UUID.class).single();
        assertThat(mvc.perform(get("/documents/" + fichier).with(en(o.membre()))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        SejoursPourEig.Organisateur autre = SejoursPourEig.organisateur(jdbc, RolesOrganisateurs.EIG_ECRITURE);
        assertThat(mvc.perform(get("/documents/" + fichier).with(en(autre.membre()))).andReturn().getResponse()
                .getStatus()).isIn(403, 404);
        // a draft: no agent reads it
        UtilisateurConnecte national = Connectes.agent(1_000_003, "FRA", "NAT", RolesAgent.EIG);
        assertThat(mvc.perform(get("/bo/documents/" + fichier).with(en(national))).andReturn().getResponse()
                .getStatus()).isIn(403, 404);

        // RGPD: the organisme's deletion takes the EIG and its file
        assertThat(suppressions.inventaire(o.organismeId()).orElseThrow().lignes().toString()).contains("eig.rgpd");
        suppressions.supprimer(o.organismeId(), "SYSTEME", "test", null);
        assertThat(jdbc.sql("select count(*) from eig where id = :id").param("id", id).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from document where id = :f").param("f", fichier).query(Integer.class)
                .single()).isZero();
    }

    /** A PNG of 1 pixel. */
    static final class AnalysePng {
        static final byte[] PNG = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }
}
