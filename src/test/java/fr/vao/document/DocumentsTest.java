package fr.vao.document;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import fr.vao.document.DocumentRefuseException.Motif;
import fr.vao.document.web.Televersements;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.ConfigTests;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * Uploads through the real checks and the HTTP antivirus (a WireMock scanner answering like the service of §7.5), on
 * PostgreSQL; downloads checked against the object a document belongs to.
 */
class DocumentsTest extends TestIntegration {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    static final byte[] PDF = AnalyseContenuTest.PDF;

    @Autowired
    Documents documents;

    @Autowired
    Televersements televersements;

    @Autowired
    MessageSource messages;

    private final UtilisateurConnecte alice = Connectes.organisateur(900_001, "IDF");
    private final UtilisateurConnecte bob = Connectes.organisateur(900_002, "IDF");

    private long nombre() {
        return jdbc.sql("select (select count(*) from document) + (select count(*) from document_contenu)")
                .query(Long.class).single();
    }

    private Motif refus(byte[] contenu, Categorie categorie) {
        long avant = nombre();
        try {
            documents.deposer(new Depot("fichier.pdf", contenu, categorie, alice));
        } catch (DocumentRefuseException e) {
            assertThat(nombre()).as("rien n'est enregistré").isEqualTo(avant);
            return e.motif();
        }
        throw new AssertionError("le fichier aurait dû être refusé");
    }

    @Test
    void unPdfSainEstEnregistreAvecUnNomNormaliseApresAnalyse() {
        antivirusSain();
        DocumentStocke d = documents.deposer(new Depot("Règlement ERP.pdf", PDF, Categorie.HEBERGEMENT_ERP, alice));
        assertThat(d.nom()).isEqualTo("Reglement_ERP.pdf");
        assertThat(d.typeMime()).isEqualTo("application/pdf");
        assertThat(d.taille()).isEqualTo(PDF.length);
        API.verify(postRequestedFor(urlEqualTo("/antivirus"))
                .withRequestBody(containing("name=\"FILES\"")).withRequestBody(containing("%PDF-1.4")));
        assertThat(documents.lire(d.id(), alice)).get().satisfies(c -> assertThat(c.octets()).isEqualTo(PDF));
    }

    @Test
    void chaqueFichierInterditEstRefuseSansRienEnregistrer() {
        antivirusSain();
        assertThat(refus(new byte[0], Categorie.EIG)).isEqualTo(Motif.VIDE);
        byte[] gros = new byte[Documents.TAILLE_MAX + 1];
        System.arraycopy(PDF, 0, gros, 0, PDF.length);
        assertThat(refus(gros, Categorie.EIG)).isEqualTo(Motif.TROP_VOLUMINEUX);
        assertThat(refus("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), Categorie.EIG))
                .as("un fichier HTML nommé .pdf").isEqualTo(Motif.TYPE_NON_ACCEPTE);
        assertThat(refus(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, Categorie.AGREMENT))
                .isEqualTo(Motif.PDF_SEULEMENT);
        assertThat(refus(AnalyseContenuTest.pdf("<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"),
                Categorie.EIG)).isEqualTo(Motif.PDF_AVEC_JAVASCRIPT);
    }

    @Test
    void leFichierEicarEstRefuseParLAntivirus() {
        API.stubFor(post("/antivirus").withRequestBody(containing("EICAR-STANDARD-ANTIVIRUS-TEST-FILE"))
                .willReturn(okJson("""
                        {"success":true,"data":{"result":[{"name":"FILES","is_infected":true,
                          "viruses":["Win.Test.EICAR_HDB-1"]}]}}""")));
        assertThat(refus(("%PDF-1.4\n" + EICAR).getBytes(StandardCharsets.US_ASCII), Categorie.EIG))
                .isEqualTo(Motif.VIRUS);
    }

    @Test
    void unAntivirusEnPanneOuMuetFaitRefuserLeDepot() {
        API.stubFor(post("/antivirus").willReturn(aResponse().withStatus(503)));
        assertThat(refus(PDF, Categorie.EIG)).isEqualTo(Motif.ANTIVIRUS_INDISPONIBLE);
        API.stubFor(post("/antivirus").willReturn(okJson("{\"success\":false}")));
        assertThat(refus(PDF, Categorie.EIG)).isEqualTo(Motif.ANTIVIRUS_INDISPONIBLE);
        API.stubFor(post("/antivirus").willReturn(okJson("{\"success\":true,\"data\":{\"result\":[{\"viruses\":[]}]}}")
                .withFixedDelay(8_000)));
        assertThat(refus(PDF, Categorie.EIG)).as("délai dépassé").isEqualTo(Motif.ANTIVIRUS_INDISPONIBLE);
    }

    @Test
    void leFormulaireAfficheLeMotifEnFrancaisSurLeChamp() {
        API.stubFor(post("/antivirus").willReturn(aResponse().withStatus(503)));
        BeanPropertyBindingResult erreurs = new BeanPropertyBindingResult(new Object() {
            @SuppressWarnings("unused")
            public Object getFichier() {
                return null;
            }
        }, "form");
        assertThat(televersements.deposer(new MockMultipartFile("fichier", "a.pdf", "application/pdf", PDF),
                Categorie.EIG, alice, erreurs, "fichier")).isEmpty();
        FieldError erreur = erreurs.getFieldError("fichier");
        assertThat(erreur).isNotNull();
        assertThat(messages.getMessage(erreur, Locale.FRANCE)).contains("antivirus").contains("Réessayez");
        assertThat(televersements.deposer(new MockMultipartFile("fichier", "", "application/octet-stream",
                new byte[0]), Categorie.EIG, alice, erreurs, "fichier")).as("aucun fichier choisi").isEmpty();
        assertThat(erreurs.getErrorCount()).isEqualTo(1);
    }

    @Test
    void seulLeDeposantTelechargeUnDocumentNonRattache() throws Exception {
        antivirusSain();
        DocumentStocke d = documents.deposer(new Depot("plan.pdf", PDF, Categorie.HEBERGEMENT_ERP, alice));
        mvc.perform(get("/documents/" + d.id()).with(Connectes.en(alice))).andExpect(status().isOk())
                .andExpect(content().bytes(PDF))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"plan.pdf\"; filename*=UTF-8''plan.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"));
        mvc.perform(get("/documents/" + d.id()).with(Connectes.en(bob))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/documents/" + d.id()).with(Connectes.en(Connectes.agent(1, "FRA", "NAT", "Compte"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + d.id())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/pas-un-uuid").with(Connectes.en(alice))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + java.util.UUID.randomUUID()).with(Connectes.en(alice)))
                .andExpect(status().isNotFound());
    }

    @Test
    void unDocumentRattacheSuitLaRegleDeSonObjetEtNePeutEtreDetourne() throws Exception {
        antivirusSain();
        DocumentStocke d = documents.deposer(new Depot("plan.pdf", PDF, Categorie.HEBERGEMENT_ERP, alice));
        assertThat(documents.rattacher(d.id(), ConfigTests.RATTACHEMENT_TEST, bob.id(), bob))
                .as("bob ne peut pas s'approprier le fichier d'alice").isFalse();
        assertThat(documents.rattacher(d.id(), ConfigTests.RATTACHEMENT_TEST, bob.id(), alice)).isTrue();
        assertThat(documents.rattacher(d.id(), "AUTRE", alice.id(), alice)).as("déjà rattaché ailleurs").isFalse();
        // the rule of the object decides now: bob's object, so bob reads it and alice no longer does
        mvc.perform(get("/documents/" + d.id()).with(Connectes.en(bob))).andExpect(status().isOk());
        mvc.perform(get("/documents/" + d.id()).with(Connectes.en(alice))).andExpect(status().isNotFound());

        DocumentStocke orphelin = documents.deposer(new Depot("x.pdf", PDF, Categorie.EIG, alice));
        jdbc.sql("update document set rattachement_type = 'SANS_REGLE', rattachement_id = 1 where id = :id")
                .param("id", orphelin.id()).update();
        assertThat(documents.lire(orphelin.id(), alice)).as("aucune règle : refus par défaut").isEmpty();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void unPdfGenereSEnregistreDansLaTransactionDeLAppelantSansAntivirusEtNeSeDeposeJamais() {
        UtilisateurConnecte agent = Connectes.agent(900_010, "75", "DEP");
        // outside a transaction: refused, the caller's change and the PDF must commit together
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.enregistrerGenere("DS-27-75-9999.pdf",
                Categorie.AR_DECLARATION_2_MOIS, PDF, "declaration", 9_999_999, agent))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        // a rolled-back transaction leaves nothing
        long avant = nombre();
        transaction.executeWithoutResult(s -> {
            documents.enregistrerGenere("DS-27-75-9999.pdf", Categorie.AR_DECLARATION_2_MOIS, PDF, "declaration",
                    9_999_999, agent);
            s.setRollbackOnly();
        });
        assertThat(nombre()).isEqualTo(avant);

        DocumentStocke d = transaction.execute(s -> documents.enregistrerGenere("AR_DS-27-75-9999.pdf",
                Categorie.AR_DECLARATION_2_MOIS, PDF, "declaration", 9_999_999, agent));
        assertThat(d.nom()).isEqualTo("AR_DS-27-75-9999.pdf");
        assertThat(documents.rattaches("declaration", 9_999_999)).extracting(DocumentStocke::id).containsExactly(d.id());
        assertThat(jdbc.sql("select genere from document where id = :id").param("id", d.id()).query(Boolean.class)
                .single()).isTrue();
        API.verify(0, postRequestedFor(urlEqualTo("/antivirus")));
        assertThat(Categorie.AR_DECLARATION_2_MOIS.typeGenere()).isEqualTo("AR_declaration_2_mois");

        // not a PDF, or an upload's category: refused; a generated category is never uploaded
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transaction.executeWithoutResult(s ->
                documents.enregistrerGenere("x.pdf", Categorie.AR_DECLARATION_2_MOIS,
                        "texte".getBytes(StandardCharsets.UTF_8), "declaration", 1, agent)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transaction.executeWithoutResult(s ->
                documents.enregistrerGenere("x.pdf", Categorie.AGREMENT, PDF, "declaration", 1, agent)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.deposer(new Depot("x.pdf", PDF,
                Categorie.DECLARATION_2_MOIS, alice))).isInstanceOf(IllegalArgumentException.class);
    }
}
