package fr.vao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.document.Categorie;
import fr.vao.document.Documents;
import fr.vao.sejour.InformationsGenerales;
import fr.vao.sejour.SaisieDeclarations;
import fr.vao.support.TestIntegration;

/**
 * The déclarations through the API (spec §2.8, §2.12; ADR 0034): list with a status filter, status and main fields,
 * history and generated PDFs of one's own; a siège reads its établissement's read-only; another organisation's
 * déclaration or document is a 404; never an inspection's or an EIG's entry, document or field.
 */
class DeclarationsApiTest extends TestIntegration {

    @Autowired
    JetonsApi jetons;

    @Autowired
    SaisieDeclarations saisie;

    @Autowired
    Documents documents;

    @Autowired
    TransactionTemplate transaction;

    /** A déclaration of this organisme created by the portal's use case, then put in this status. */
    private long declaration(OrganismesAgrement.Organisme o, String libelle, String statut) {
        InformationsGenerales pre = saisie.preRemplissage(o.membre(), saisie.organismeDe(o.membre()).orElseThrow());
        long id = saisie.creer(o.membre(), new InformationsGenerales(libelle, pre.dateDebut(), pre.dateFin(),
                pre.responsable()));
        jdbc.sql("update declaration_sejour set statut = :s, numero = 'DS-API-' || id, departement_suivi = '75' "
                + "where id = :id").param("s", statut).param("id", id).update();
        return id;
    }

    private void historiser(long id, String type, String precision) {
        jdbc.sql("""
                insert into declaration_historique (declaration_id, le, source, type, type_precision)
                values (:id, :le, 'DDETS 75', :type, :precision)""").param("id", id)
                .param("le", OffsetDateTime.now().plusMinutes(1)).param("type", type).param("precision", precision)
                .update();
    }

    private UUID pdf(long id, OrganismesAgrement.Organisme o, String nom, Categorie categorie, String contenu) {
        return transaction.execute(s -> documents.enregistrerGenere(nom, categorie,
                ("%PDF-1.4\n% " + contenu + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII), "declaration", id,
                o.membre()).id());
    }

    private static String fin() {
        return LocalDate.now().plusYears(2).toString();
    }

    @Test
    void sesDeclarationsListeFiltreeStatutHistoriqueEtPdf() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, LocalDate.parse(fin()));
        String bearer = OrganismesApi.bearer(jetons, o);
        long enCours = declaration(o, "Séjour API en cours", "EN COURS");
        long brouillon = declaration(o, "Séjour API brouillon", "BROUILLON");
        historiser(enCours, "depot_2m", null);
        historiser(enCours, "inspection_rapport", "Rapport d'inspection secret");
        historiser(enCours, "eig_depot", "EIG 42");
        historiser(enCours, "eig_lecture", "EIG 42");
        UUID declarationPdf = pdf(enCours, o, "DS-API.pdf", Categorie.DECLARATION_2_MOIS, "declaration prealable");
        // an inspection report attached to the déclaration would still not be given
        UUID rapport = pdf(enCours, o, "rapport.pdf", Categorie.INSPECTION_RAPPORT, "rapport");

        mvc.perform(get("/api/v1/declarations").header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) enCours, (int) brouillon)));
        for (String filtre : new String[] {"EN COURS", "EN_COURS"}) {
            mvc.perform(get("/api/v1/declarations").param("status", filtre).header("Authorization", bearer))
                    .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(enCours))
                    .andExpect(jsonPath("$.items[0].status").value("EN COURS"))
                    .andExpect(jsonPath("$.items[0].statusLabel").value("En cours d’instruction"));
        }
        mvc.perform(get("/api/v1/declarations").param("status", "PERDUE").header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/declarations").param("size", "1").param("page", "1")
                .header("Authorization", bearer)).andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.page").value(1));

        String detail = mvc.perform(get("/api/v1/declarations/" + enCours).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value("DS-API-" + enCours))
                .andExpect(jsonPath("$.title").value("Séjour API en cours"))
                .andExpect(jsonPath("$.status").value("EN COURS")).andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.siret").value(o.siret())).andExpect(jsonPath("$.department").value("75"))
                .andReturn().getResponse().getContentAsString();
        String historique = mvc.perform(get("/api/v1/declarations/" + enCours + "/historique")
                .header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", containsInAnyOrder("creation", "depot_2m")))
                .andExpect(jsonPath("$[?(@.type == 'depot_2m')].label").value("Dépôt de la déclaration à 2 mois"))
                .andReturn().getResponse().getContentAsString();
        String liste = mvc.perform(get("/api/v1/declarations/" + enCours + "/documents")
                .header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].uuid").value(declarationPdf.toString()))
                .andExpect(jsonPath("$[0].type").value("declaration_2_mois"))
                .andReturn().getResponse().getContentAsString();
        for (String reponse : new String[] {detail, historique, liste}) {
            assertThat(reponse.toLowerCase(Locale.ROOT)).doesNotContain("eig").doesNotContain("inspection")
                    .doesNotContain("rapport");
        }

        byte[] octets = mvc.perform(get("/api/v1/declarations/" + enCours + "/documents/" + declarationPdf)
                .header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("DS-API.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(octets, StandardCharsets.US_ASCII)).contains("declaration prealable");
        mvc.perform(get("/api/v1/declarations/" + enCours + "/documents/" + rapport).header("Authorization", bearer))
                .andExpect(status().isNotFound());
        // a document of the déclaration asked under another one of the same organisme
        mvc.perform(get("/api/v1/declarations/" + brouillon + "/documents/" + declarationPdf)
                .header("Authorization", bearer)).andExpect(status().isNotFound());
    }

    @Test
    void laDeclarationOuLeDocumentDUneAutreOrganisationEst404() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, LocalDate.parse(fin()));
        var autre = OrganismesAgrement.nouveau(jdbc, LocalDate.parse(fin()));
        long id = declaration(o, "Séjour d'un autre", "TRANSMISE");
        UUID document = pdf(id, o, "DS-AUTRE.pdf", Categorie.DECLARATION_2_MOIS, "autre");
        String bearer = OrganismesApi.bearer(jetons, autre);
        String inconnue = mvc.perform(get("/api/v1/declarations/999999999").header("Authorization", bearer))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String etrangere = mvc.perform(get("/api/v1/declarations/" + id).header("Authorization", bearer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(etrangere).isEqualTo(inconnue.replace("999999999", Long.toString(id)));
        for (String chemin : new String[] {"/historique", "/documents", "/documents/" + document}) {
            mvc.perform(get("/api/v1/declarations/" + id + chemin).header("Authorization", bearer))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/declarations").header("Authorization", bearer))
                .andExpect(jsonPath("$.items[*].id", everyItem(not((int) id))));
    }

    @Test
    void leSiegeLitLaDeclarationDeSonEtablissementSansPouvoirLaModifierEtLEtablissementPasCelleDuSiege()
            throws Exception {
        var siege = OrganismesAgrement.nouveau(jdbc, LocalDate.parse(fin()));
        var etablissement = OrganismesAgrement.etablissement(jdbc, siege);
        long sienne = declaration(etablissement, "Séjour de l'établissement", "VALIDEE 8J");
        UUID document = pdf(sienne, etablissement, "DS-ETAB.pdf", Categorie.AR_DECLARATION_2_MOIS, "ar");
        long duSiege = declaration(siege, "Séjour du siège", "TRANSMISE");

        String bearerSiege = OrganismesApi.bearer(jetons, siege);
        mvc.perform(get("/api/v1/declarations/" + sienne).header("Authorization", bearerSiege))
                .andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.status").value("VALIDEE 8J"));
        mvc.perform(get("/api/v1/declarations/" + sienne + "/documents/" + document)
                .header("Authorization", bearerSiege)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/declarations").header("Authorization", bearerSiege))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) sienne, (int) duSiege)));

        String bearerEtablissement = OrganismesApi.bearer(jetons, etablissement);
        mvc.perform(get("/api/v1/declarations/" + sienne).header("Authorization", bearerEtablissement))
                .andExpect(jsonPath("$.editable").value(true));
        mvc.perform(get("/api/v1/declarations/" + duSiege).header("Authorization", bearerEtablissement))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/declarations").header("Authorization", bearerEtablissement))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(sienne));
    }
}
