package fr.vao.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import fr.vao.agrement.OrganismesAgrement;
import fr.vao.support.TestIntegration;

/**
 * The hébergements through the API (spec §2.7, §7.4; ADR 0034) with a token: create, read, list, update (new
 * version, optimistic lock), delete (désactivation), every required field, the address geocoded by the API Adresse,
 * the file uploads, another organisation's objects and a siège's read-only view, errors as problem+json in French.
 */
class HebergementsApiTest extends TestIntegration {

    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    private static final String ADRESSE = "12 Rue de la Paix 75002 Paris";

    @Autowired
    JetonsApi jetons;

    @Autowired
    JsonMapper json;

    @Autowired
    MessageSource messages;

    private String message(String cle) {
        return messages.getMessage(cle, null, Locale.FRANCE);
    }

    /** The API Adresse knows {@link #ADRESSE} (a payload shaped like the real one). */
    private static void banParis() {
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/ban/search/"))
                .withQueryParam("q", equalTo(ADRESSE)).willReturn(okJson("""
                {"type":"FeatureCollection","version":"draft","features":[{"type":"Feature",
                  "geometry":{"type":"Point","coordinates":[2.331,48.869]},
                  "properties":{"label":"%s","score":0.97,"housenumber":"12","id":"75102_0001_00012",
                    "name":"12 Rue de la Paix","postcode":"75002","citycode":"75102","x":651000.0,"y":6863000.0,
                    "city":"Paris","context":"75, Paris, Île-de-France","type":"housenumber","importance":0.7,
                    "street":"Rue de la Paix"}}],
                 "attribution":"BAN","licence":"ETALAB-2.0","query":"%s","limit":5}""".formatted(ADRESSE, ADRESSE))));
    }

    /** The API Adresse finds nothing for this text. */
    private static void banIgnore(String texte) {
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/ban/search/"))
                .withQueryParam("q", equalTo(texte)).willReturn(okJson("""
                {"type":"FeatureCollection","version":"draft","features":[],"attribution":"BAN",
                 "licence":"ETALAB-2.0","query":"%s","limit":5}""".formatted(texte))));
    }

    /** Uploads a PDF through the API; returns its uuid. */
    private String deposer(String bearer) throws Exception {
        antivirusSain();
        String corps = mvc.perform(multipart("/api/v1/fichiers").file(new MockMultipartFile("file", "reponse.pdf",
                "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII))).header("Authorization", bearer))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("success"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(corps).get("uuid").asString();
    }

    /** Every field of a complete hébergement in the API's shape (ERP Non: the operator's answer given). */
    private static Map<String, Object> complet(String nom, String reponse) {
        Map<String, Object> coordonnees = new LinkedHashMap<>();
        coordonnees.put("address", ADRESSE);
        coordonnees.put("managerName", "Jeanne Martin");
        coordonnees.put("phoneNumber1", "0102030405");
        coordonnees.put("email", "gite@lilas.fr");
        Map<String, Object> locaux = new LinkedHashMap<>();
        locaux.put("type", "hotel");
        locaux.put("localInspection", true);
        locaux.put("localInspectionDate", "2020-06-01");
        locaux.put("erpRegulations", false);
        locaux.put("responseFromOwnerOrOperatorFile", reponse);
        locaux.put("accessibility", "accessible");
        locaux.put("accommodationType", "pension_complete");
        locaux.put("hotelServices", List.of("blanchisseries"));
        locaux.put("accommodationDescription", "Deux salles de bain, un grand salon");
        locaux.put("numberOfBeds", 20);
        locaux.put("numberOfBunkBeds", 0);
        locaux.put("maxSleepingCapacity", 2);
        locaux.put("individualBeds", true);
        locaux.put("individualStorage", true);
        locaux.put("singleSexRooms", true);
        locaux.put("doubleRooms", true);
        locaux.put("specificAdaptations", false);
        Map<String, Object> transport = new LinkedHashMap<>();
        transport.put("adaptedVehicles", true);
        transport.put("nearbyTravel", "Minibus, 10 km par jour");
        transport.put("excursion", "Une sortie par semaine en car");
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("name", nom);
        h.put("coordinates", coordonnees);
        h.put("accommodationInfo", locaux);
        h.put("transportInfo", transport);
        return h;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> h, String section) {
        return (Map<String, Object>) h.get(section);
    }

    private ResultActions envoyer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r,
            String bearer, Object corps) throws Exception {
        return mvc.perform(r.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(corps)));
    }

    private long lignes(String nom) {
        return jdbc.sql("select count(*) from hebergement where nom = :nom").param("nom", nom).query(Long.class)
                .single();
    }

    private UUID creer(String bearer, String nom) throws Exception {
        String reponse = deposer(bearer);
        banParis();
        String corps = envoyer(post("/api/v1/hebergements"), bearer, complet(nom, reponse))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(corps).get("id").asString());
    }

    @Test
    void creerLireListerModifierEtSupprimerUnHebergementAvecUnJeton() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String bearer = OrganismesApi.bearer(jetons, o);
        String nom = "Gîte API " + UUID.randomUUID();
        String reponse = deposer(bearer);
        banParis();
        String corps = envoyer(post("/api/v1/hebergements"), bearer, complet(nom, reponse))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("actif")).andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.coordinates.address.department").value("75"))
                .andExpect(jsonPath("$.coordinates.address.banId").value("75102_0001_00012"))
                .andExpect(jsonPath("$.accommodationInfo.responseFromOwnerOrOperatorFile").value(reponse))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(json.readTree(corps).get("id").asString());
        Map<String, Object> l = jdbc.sql("""
                select statut, organisme_id, adresse_code_insee, lat, fichier_reponse_exploitant::text f, id
                from hebergement where hebergement_id = :id""").param("id", id).query().singleRow();
        assertThat(l).containsEntry("statut", "actif").containsEntry("organisme_id", o.id())
                .containsEntry("adresse_code_insee", "75102").containsEntry("f", reponse);
        // the uploaded file is now attached to the hébergement (the portal's rule)
        assertThat(jdbc.sql("select rattachement_type || ':' || rattachement_id from document where id = :d::uuid")
                .param("d", reponse).query(String.class).single()).isEqualTo("HEBERGEMENT:" + l.get("id"));

        mvc.perform(get("/api/v1/hebergements/" + id).header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(nom))
                .andExpect(jsonPath("$.accommodationInfo.hotelServices[0]").value("blanchisseries"));
        mvc.perform(get("/api/v1/hebergements").param("name", nom).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()))
                .andExpect(jsonPath("$.items[0].editable").value(true));

        // update: a new version, the old row kept; the same address is not geocoded again
        Map<String, Object> modifie = complet(nom, reponse);
        section(modifie, "accommodationInfo").put("numberOfBeds", 25);
        modifie.put("version", 0);
        API.resetAll();
        envoyer(put("/api/v1/hebergements/" + id), bearer, modifie).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.accommodationInfo.numberOfBeds").value(25));
        assertThat(jdbc.sql("select courante || ':' || nombre_lits from hebergement where hebergement_id = :id "
                + "order by id").param("id", id).query(String.class).list()).containsExactly("false:20", "true:25");
        // the version seen is stale: 409, nothing changed
        section(modifie, "accommodationInfo").put("numberOfBeds", 30);
        envoyer(put("/api/v1/hebergements/" + id), bearer, modifie).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(message("api.hebergement.refus.conflit")));
        assertThat(jdbc.sql("select count(*) from hebergement where hebergement_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2);

        // delete = désactivation; a second one is a conflict explained in French
        mvc.perform(delete("/api/v1/hebergements/" + id).header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("desactive"));
        assertThat(jdbc.sql("select statut from hebergement where hebergement_id = :id and courante")
                .param("id", id).query(String.class).single()).isEqualTo("desactive");
        mvc.perform(delete("/api/v1/hebergements/" + id).header("Authorization", bearer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(message("api.hebergement.transition.desactiver")));
        mvc.perform(get("/api/v1/hebergements").param("status", "desactive").param("name", nom)
                .header("Authorization", bearer)).andExpect(jsonPath("$.items[0].status").value("desactive"));
    }

    @Test
    void lesAliasDeLaReferenceCreentEtSupprimentAussi() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String bearer = OrganismesApi.bearer(jetons, o);
        antivirusSain();
        String corps = mvc.perform(multipart("/api/v1/file").file(new MockMultipartFile("file", "r.pdf",
                "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII))).header("Authorization", bearer))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reponse = json.readTree(corps).get("uuid").asString();
        banParis();
        String nom = "Alias " + UUID.randomUUID();
        Map<String, Object> h = complet(nom, reponse);
        // the reference sends the visit as a date-time
        section(h, "accommodationInfo").put("localInspectionDate", "2024-01-01T00:00:00Z");
        String cree = envoyer(post("/api/v1/accommodation"), bearer, h).andExpect(status().isCreated())
                .andExpect(jsonPath("$.accommodationInfo.localInspectionDate").value("2024-01-01"))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(cree).get("id").asString();
        mvc.perform(delete("/api/v1/accommodation/" + id).header("Authorization", bearer)).andExpect(status().isOk());
        assertThat(jdbc.sql("select statut from hebergement where hebergement_id = :id::uuid and courante")
                .param("id", id).query(String.class).single()).isEqualTo("desactive");
    }

    @Test
    void chaqueChampObligatoireManquantEstRefuse400AvecSonMessageEnFrancaisEtRienNEstEnregistre() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String bearer = OrganismesApi.bearer(jetons, o);
        String reponse = deposer(bearer);
        banParis();
        // API path → the portal's message key (as the portal's own per-field test)
        Map<String, String> attendus = new LinkedHashMap<>();
        attendus.put("name", "format.obligatoire");
        attendus.put("coordinates.managerName", "format.obligatoire");
        attendus.put("coordinates.address", "hebergement.erreur.adresse");
        attendus.put("coordinates.phoneNumber1", "format.obligatoire");
        attendus.put("accommodationInfo.type", "hebergement.erreur.choix");
        attendus.put("accommodationInfo.localInspection", "hebergement.erreur.oui-non");
        attendus.put("accommodationInfo.erpRegulations", "hebergement.erreur.oui-non");
        attendus.put("accommodationInfo.accessibility", "hebergement.erreur.choix");
        attendus.put("accommodationInfo.accommodationType", "hebergement.erreur.choix");
        attendus.put("accommodationInfo.accommodationDescription", "hebergement.erreur.description");
        attendus.put("accommodationInfo.numberOfBeds", "hebergement.erreur.nombre");
        attendus.put("accommodationInfo.maxSleepingCapacity", "hebergement.erreur.nombre");
        for (String q : List.of("individualBeds", "individualStorage", "singleSexRooms", "doubleRooms",
                "specificAdaptations")) {
            attendus.put("accommodationInfo." + q, "hebergement.erreur.oui-non");
        }
        attendus.put("transportInfo.adaptedVehicles", "hebergement.erreur.oui-non");
        attendus.put("transportInfo.nearbyTravel", "hebergement.erreur.description");
        attendus.put("transportInfo.excursion", "hebergement.erreur.description");
        attendus.put("accommodationInfo.responseFromOwnerOrOperatorFile", "hebergement.erreur.erp-non");
        String nom = "Manque " + UUID.randomUUID();
        for (Map.Entry<String, String> a : attendus.entrySet()) {
            Map<String, Object> h = complet(nom, reponse);
            String[] chemin = a.getKey().split("\\.");
            (chemin.length == 1 ? h : section(h, chemin[0])).remove(chemin[chemin.length - 1]);
            envoyer(post("/api/v1/hebergements"), bearer, h).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Hébergement invalide"))
                    .andExpect(jsonPath("$.erreurs", hasSize(1)))
                    .andExpect(jsonPath("$.erreurs[0].champ").value(a.getKey()))
                    .andExpect(jsonPath("$.erreurs[0].message").value(message(a.getValue())));
        }
        // the conditional rules: ERP Oui without its files, bunk beds, aménagements, a visit in the future
        Map<String, Object> h = complet(nom, reponse);
        Map<String, Object> locaux = section(h, "accommodationInfo");
        locaux.put("erpRegulations", true);
        locaux.put("numberOfBunkBeds", 2);
        locaux.put("specificAdaptations", true);
        locaux.put("localInspectionDate", "2999-01-01");
        envoyer(post("/api/v1/hebergements"), bearer, h).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreurs[*].champ", org.hamcrest.Matchers.containsInAnyOrder(
                        "accommodationInfo.lastSafetyCertificateFile", "accommodationInfo.bunkBeds",
                        "accommodationInfo.specificAdaptationsDetails", "accommodationInfo.localInspectionDate")))
                .andExpect(jsonPath("$.erreurs[*].message", hasItem(message("hebergement.erreur.visite-future"))));
        // a value of the wrong type is named by its path; a body that is not JSON is refused too
        Map<String, Object> mauvaisType = complet(nom, reponse);
        section(mauvaisType, "accommodationInfo").put("numberOfBeds", "beaucoup");
        envoyer(post("/api/v1/hebergements"), bearer, mauvaisType).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreurs[0].champ").value("accommodationInfo.numberOfBeds"));
        mvc.perform(post("/api/v1/hebergements").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": [1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(message("api.requete.illisible")));
        assertThat(lignes(nom)).isZero();
    }

    @Test
    void uneAdresseIntrouvableEstRefusee400SurSonChamp() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String bearer = OrganismesApi.bearer(jetons, o);
        String reponse = deposer(bearer);
        String nom = "Nulle part " + UUID.randomUUID();
        Map<String, Object> h = complet(nom, reponse);
        section(h, "coordinates").put("address", "999 chemin de nulle part 00000 Ailleurs");
        banIgnore("999 chemin de nulle part 00000 Ailleurs");
        envoyer(post("/api/v1/hebergements"), bearer, h).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreurs", hasSize(1)))
                .andExpect(jsonPath("$.erreurs[0].champ").value("coordinates.address"))
                .andExpect(jsonPath("$.erreurs[0].message")
                        .value(message("api.hebergement.erreur.adresse-introuvable")));
        assertThat(lignes(nom)).isZero();
    }

    private long documentsDe(OrganismesAgrement.Organisme o) {
        return jdbc.sql("select count(*) from document where depose_portail = 'FO' and depose_par = :u")
                .param("u", o.membre().id()).query(Long.class).single();
    }

    @Test
    void unFichierTropGrosDUnAutreTypeOuUnPdfAvecJavaScriptEstRefuseEtRienNEstStocke() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        String bearer = OrganismesApi.bearer(jetons, o);
        antivirusSain();
        byte[] gros = new byte[5_000_001];
        Arrays.fill(gros, (byte) ' ');
        System.arraycopy(PDF.getBytes(StandardCharsets.US_ASCII), 0, gros, 0, PDF.length());
        Map<byte[], Object[]> refus = new LinkedHashMap<>();
        refus.put(gros, new Object[] {413, "document.refus.trop-volumineux"});
        refus.put("Bonjour, ceci est un texte".getBytes(StandardCharsets.UTF_8),
                new Object[] {415, "document.refus.type-non-accepte"});
        refus.put("%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII), new Object[] {415, "document.refus.pdf-avec-javascript"});
        for (Map.Entry<byte[], Object[]> r : refus.entrySet()) {
            mvc.perform(multipart("/api/v1/fichiers").file(new MockMultipartFile("file", "fichier.pdf",
                    "application/pdf", r.getKey())).header("Authorization", bearer))
                    .andExpect(status().is((Integer) r.getValue()[0]))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(message((String) r.getValue()[1])))
                    .andExpect(jsonPath("$.erreurs[0].champ").value("file"));
        }
        // the antivirus finds a virus, or does not answer
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/antivirus").willReturn(okJson("""
                {"success":true,"data":{"result":[{"name":"FILES","is_infected":true,
                  "viruses":["Win.Test.EICAR_HDB-1"]}]}}""")));
        mvc.perform(multipart("/api/v1/fichiers").file(new MockMultipartFile("file", "v.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.US_ASCII))).header("Authorization", bearer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(message("document.refus.virus")));
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/antivirus")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        mvc.perform(multipart("/api/v1/fichiers").file(new MockMultipartFile("file", "v.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.US_ASCII))).header("Authorization", bearer))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(multipart("/api/v1/fichiers").header("Authorization", bearer)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(message("api.fichier.manquant")));
        assertThat(documentsDe(o)).isZero();
        // an accepted file is stored, unattached, as the depositor's
        deposer(bearer);
        assertThat(documentsDe(o)).isEqualTo(1);
    }

    @Test
    void leFichierDUnAutreNePeutEtreReference() throws Exception {
        var o = OrganismesAgrement.nouveau(jdbc, null);
        var autre = OrganismesAgrement.nouveau(jdbc, null);
        String sien = deposer(OrganismesApi.bearer(jetons, autre));
        banParis();
        String nom = "Fichier d'un autre " + UUID.randomUUID();
        envoyer(post("/api/v1/hebergements"), OrganismesApi.bearer(jetons, o), complet(nom, sien))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreurs[0].champ").value("accommodationInfo.responseFromOwnerOrOperatorFile"))
                .andExpect(jsonPath("$.erreurs[0].message").value(message("api.hebergement.erreur.document")));
        assertThat(lignes(nom)).isZero();
        assertThat(jdbc.sql("select rattachement_type is null from document where id = :d::uuid").param("d", sien)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void lHebergementDUneAutreOrganisationEst404CommeUnInconnuEtLeSiegeLitSansModifier() throws Exception {
        var siege = OrganismesAgrement.nouveau(jdbc, null);
        var etablissement = OrganismesAgrement.etablissement(jdbc, siege);
        var autre = OrganismesAgrement.nouveau(jdbc, null);
        String bearerEtablissement = OrganismesApi.bearer(jetons, etablissement);
        String nom = "Établissement " + UUID.randomUUID();
        UUID id = creer(bearerEtablissement, nom);
        String reponse = jdbc.sql("select fichier_reponse_exploitant::text from hebergement where hebergement_id = :id")
                .param("id", id).query(String.class).single();
        Map<String, Object> modifie = complet(nom, reponse);
        modifie.put("version", 0);

        String bearerAutre = OrganismesApi.bearer(jetons, autre);
        UUID aucun = UUID.randomUUID();
        String inconnu = mvc.perform(get("/api/v1/hebergements/" + aucun)
                .header("Authorization", bearerAutre)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String etranger = mvc.perform(get("/api/v1/hebergements/" + id).header("Authorization", bearerAutre))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(etranger).isEqualTo(inconnu.replace(aucun.toString(), id.toString()));
        envoyer(put("/api/v1/hebergements/" + id), bearerAutre, modifie).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/hebergements/" + id).header("Authorization", bearerAutre))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hebergements").param("name", nom).header("Authorization", bearerAutre))
                .andExpect(jsonPath("$.total").value(0));

        // the siège reads its établissement's hébergement, read-only
        String bearerSiege = OrganismesApi.bearer(jetons, siege);
        mvc.perform(get("/api/v1/hebergements/" + id).header("Authorization", bearerSiege))
                .andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(false));
        mvc.perform(get("/api/v1/hebergements").param("name", nom).header("Authorization", bearerSiege))
                .andExpect(jsonPath("$.items[0].editable").value(false));
        envoyer(put("/api/v1/hebergements/" + id), bearerSiege, modifie).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(message("api.interdit")));
        mvc.perform(delete("/api/v1/hebergements/" + id).header("Authorization", bearerSiege))
                .andExpect(status().isForbidden());
        // the établissement does not see its siège's
        UUID duSiege = creer(bearerSiege, "Siège " + UUID.randomUUID());
        mvc.perform(get("/api/v1/hebergements/" + duSiege).header("Authorization", bearerEtablissement))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) || statut from hebergement where hebergement_id = :id group by statut")
                .param("id", id).query(String.class).single()).isEqualTo("1actif");
        mvc.perform(get("/api/v1/hebergements/pas-un-uuid").header("Authorization", bearerSiege))
                .andExpect(status().isNotFound()).andExpect(header().string("Content-Type",
                        not(org.hamcrest.Matchers.containsString("html"))));
    }
}
