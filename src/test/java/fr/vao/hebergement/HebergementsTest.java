package fr.vao.hebergement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The hébergements through their pages (spec §2.7): every rule on the server, versions, statuses, who sees what,
 * the API Adresse down, refused uploads, and the back office list and CSV.
 */
class HebergementsTest extends TestIntegration {

    private static final AtomicInteger SIREN = new AtomicInteger(733_000_000);
    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    @Autowired
    MessageSource messages;

    @Autowired
    fr.vao.territoire.Adresses adresses;

    /** Closes the API Adresse circuit breaker, so that the failures of one test do not open it for the next ones. */
    private void fermerLeCircuit() throws Exception {
        java.lang.reflect.Method m = fr.vao.territoire.Adresses.class.getDeclaredMethod("circuit");
        m.setAccessible(true);
        ((io.github.resilience4j.circuitbreaker.CircuitBreaker) m.invoke(adresses)).reset();
    }

    private String message(String cle) {
        return messages.getMessage(cle, null, Locale.FRANCE);
    }

    /** An organisme (siège or établissement secondaire of this SIREN) with one member; returns the member. */
    private UtilisateurConnecte organisateur(String siret, boolean siege) {
        long organisme = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, cree_le, modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, :siege, now(), now()) returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).param("siege", siege)
                .query(Long.class).single();
        long id = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut)
                values (:email, :mdp, 'Martin', 'Paul', '0612345678', :siret, true, '11', 'VALIDATED') returning id""")
                .param("email", "heb-" + siret + "-" + System.nanoTime() + "@vao.test").param("mdp", HASH_DEMO)
                .param("siret", siret).query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", id).param("o", organisme).update();
        return Connectes.organisateur(id, "11");
    }

    private static String siren() {
        return String.valueOf(SIREN.incrementAndGet());
    }

    /** The API Adresse knows this address (a payload shaped like the real one). */
    static void banConnait(String texte, String label, String citycode, String postcode, String city, String context,
            double lon, double lat) {
        API.stubFor(get(urlPathEqualTo("/ban/search/")).withQueryParam("q", equalTo(texte)).willReturn(okJson("""
                {"type":"FeatureCollection","version":"draft","features":[{"type":"Feature",
                  "geometry":{"type":"Point","coordinates":[%s,%s]},
                  "properties":{"label":"%s","score":0.97,"housenumber":"12","id":"%s_0001_00012","name":"12 Rue",
                    "postcode":"%s","citycode":"%s","x":651000.0,"y":6863000.0,"city":"%s","context":"%s",
                    "type":"housenumber","importance":0.7,"street":"Rue"}}],
                 "attribution":"BAN","licence":"ETALAB-2.0","query":"%s","limit":5}""".formatted(lon, lat, label,
                citycode, postcode, citycode, city, context, texte))));
    }

    private static final String ADRESSE_PARIS = "12 Rue de la Paix 75002 Paris";

    private static void banParis() {
        banConnait(ADRESSE_PARIS, ADRESSE_PARIS, "75102", "75002", "Paris", "75, Paris, Île-de-France", 2.331,
                48.869);
    }

    /** Every field of a complete hébergement (ERP Non: the operator's answer is uploaded). */
    private static Map<String, String> complet(String nom) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("nom", nom);
        p.put("nomGestionnaire", "Jeanne Martin");
        p.put("adresse", ADRESSE_PARIS);
        p.put("telephone1", "0102030405");
        p.put("email", "gite@lilas.fr");
        p.put("type", "hotel");
        p.put("visiteLocaux", "true");
        p.put("visiteLocauxLe", "2020-06-01");
        p.put("reglementationErp", "false");
        p.put("accessibilite", "accessible");
        p.put("pension", "pension_complete");
        p.put("prestations", "blanchisseries");
        p.put("description", "Deux salles de bain, un grand salon");
        p.put("nombreLits", "20");
        p.put("nombreLitsSuperposes", "0");
        p.put("nombreMaxPersonnesCouchage", "2");
        p.put("couchageIndividuel", "true");
        p.put("rangementIndividuel", "true");
        p.put("chambresUnisexes", "true");
        p.put("chambresDoubles", "true");
        p.put("amenagementsSpecifiques", "false");
        p.put("vehiculesAdaptes", "true");
        p.put("deplacementProximite", "Minibus, 10 km par jour");
        p.put("excursion", "Une sortie par semaine en car");
        return p;
    }

    private static MockMultipartHttpServletRequestBuilder formulaire(String chemin, Map<String, String> champs,
            boolean avecReponse) {
        MockMultipartHttpServletRequestBuilder r = multipart(chemin);
        if (avecReponse) {
            r.file(new MockMultipartFile("reponseExploitantFichier", "reponse.pdf", "application/pdf",
                    PDF.getBytes(StandardCharsets.US_ASCII)));
        }
        champs.forEach(r::param);
        r.with(csrf());
        return r;
    }

    private long lignes(String nom) {
        return jdbc.sql("select count(*) from hebergement where nom = :nom").param("nom", nom).query(Long.class)
                .single();
    }

    private UUID creerActif(UtilisateurConnecte u, String nom) throws Exception {
        antivirusSain();
        banParis();
        MvcResult r = mvc.perform(formulaire("/hebergements/nouveau", complet(nom), true).param("action", "activer")
                .with(en(u))).andExpect(status().is3xxRedirection()).andReturn();
        return UUID.fromString(r.getResponse().getRedirectedUrl().substring("/hebergements/".length()));
    }

    @Test
    void unHebergementCompletEstActiveAvecSonAdresseResolueEtSonDocumentRattache() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        String nom = "Gîte " + UUID.randomUUID();
        UUID id = creerActif(u, nom);

        Map<String, Object> l = jdbc.sql("""
                select statut, courante, departement, adresse_code_insee, lat, lon, cle_ban, prestations::text p,
                       fichier_reponse_exploitant, id from hebergement where hebergement_id = :id""")
                .param("id", id).query().singleRow();
        assertThat(l).containsEntry("statut", "actif").containsEntry("courante", true)
                .containsEntry("departement", "75").containsEntry("adresse_code_insee", "75102")
                .containsEntry("cle_ban", "75102_0001_00012").containsEntry("p", "{blanchisseries}");
        assertThat(jdbc.sql("select rattachement_type || ':' || rattachement_id from document where id = :d")
                .param("d", l.get("fichier_reponse_exploitant")).query(String.class).single())
                .isEqualTo("HEBERGEMENT:" + l.get("id"));
        mvc.perform(MockMvcRequestBuilders.get("/hebergements/" + id).with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString(nom)))
                .andExpect(content().string(containsString("Enregistrer (nouvelle version)")));
        mvc.perform(MockMvcRequestBuilders.get("/documents/" + l.get("fichier_reponse_exploitant")).with(en(u)))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/hebergements").param("nom", nom).with(en(u)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1 hébergement(s)")));
    }

    @Test
    void chaqueChampObligatoireManquantEstRefuseAvecSonMessageEtRienNEstEnregistre() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        antivirusSain();
        banParis();
        Map<String, String> attendus = new LinkedHashMap<>();
        attendus.put("nom", "format.obligatoire");
        attendus.put("nomGestionnaire", "format.obligatoire");
        attendus.put("adresse", "hebergement.erreur.adresse");
        attendus.put("telephone1", "format.obligatoire");
        attendus.put("type", "hebergement.erreur.choix");
        attendus.put("visiteLocaux", "hebergement.erreur.oui-non");
        attendus.put("reglementationErp", "hebergement.erreur.oui-non");
        attendus.put("accessibilite", "hebergement.erreur.choix");
        attendus.put("pension", "hebergement.erreur.choix");
        attendus.put("description", "hebergement.erreur.description");
        attendus.put("nombreLits", "hebergement.erreur.nombre");
        attendus.put("nombreMaxPersonnesCouchage", "hebergement.erreur.nombre");
        for (String q : List.of("couchageIndividuel", "rangementIndividuel", "chambresUnisexes", "chambresDoubles",
                "amenagementsSpecifiques", "vehiculesAdaptes")) {
            attendus.put(q, "hebergement.erreur.oui-non");
        }
        attendus.put("deplacementProximite", "hebergement.erreur.description");
        attendus.put("excursion", "hebergement.erreur.description");
        String nom = "Manque " + UUID.randomUUID();
        for (Map.Entry<String, String> a : attendus.entrySet()) {
            Map<String, String> champs = complet(nom);
            champs.remove(a.getKey());
            mvc.perform(formulaire("/hebergements/nouveau", champs, true).param("action", "activer").with(en(u)))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", a.getKey(), a.getValue()))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString(message(a.getValue()))));
        }
        // ERP Non without the operator's answer (rule 43)
        mvc.perform(formulaire("/hebergements/nouveau", complet(nom), false).param("action", "activer").with(en(u)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "reponseExploitant", "hebergement.erreur.erp-non"))
                .andExpect(content().string(containsString("id=\"reponseExploitant-erreur\"")));
        // ERP Oui without any of its two files
        Map<String, String> oui = complet(nom);
        oui.put("reglementationErp", "true");
        mvc.perform(formulaire("/hebergements/nouveau", oui, false).param("action", "activer").with(en(u)))
                .andExpect(model().attributeHasFieldErrorCode("form", "attestationSecurite",
                        "hebergement.erreur.erp-oui"));
        // lits superposés → lit du dessus; aménagements Oui → précision; visit in the future
        Map<String, String> conditions = complet(nom);
        conditions.put("nombreLitsSuperposes", "2");
        conditions.put("amenagementsSpecifiques", "true");
        conditions.put("visiteLocauxLe", "2999-01-01");
        mvc.perform(formulaire("/hebergements/nouveau", conditions, true).param("action", "activer").with(en(u)))
                .andExpect(model().attributeHasFieldErrorCode("form", "litDessus", "hebergement.erreur.oui-non"))
                .andExpect(model().attributeHasFieldErrorCode("form", "amenagementsPrecision",
                        "hebergement.erreur.description"))
                .andExpect(model().attributeHasFieldErrorCode("form", "visiteLocauxLe",
                        "hebergement.erreur.visite-future"))
                .andExpect(content().string(containsString("Minibus, 10 km par jour")));
        assertThat(lignes(nom)).isZero();
    }

    @Test
    void unBrouillonEstPermissifMaisVerifieLesFormats() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        String nom = "Brouillon " + UUID.randomUUID();
        mvc.perform(post("/hebergements/nouveau").with(csrf()).param("nom", nom).param("telephone1", "12")
                .param("action", "brouillon").with(en(u)))
                .andExpect(model().attributeHasFieldErrorCode("form", "telephone1", "format.telephone"));
        assertThat(lignes(nom)).isZero();
        MvcResult r = mvc.perform(post("/hebergements/nouveau").with(csrf()).param("nom", nom)
                .param("action", "brouillon").with(en(u))).andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(r.getResponse().getRedirectedUrl().substring("/hebergements/".length()));
        // a draft is edited in place, and activated with the full validation
        mvc.perform(post("/hebergements/" + id).with(csrf()).param("version", "0").param("nom", nom)
                .param("description", "Grand salon").param("action", "brouillon").with(en(u)))
                .andExpect(redirectedUrl("/hebergements/" + id));
        mvc.perform(post("/hebergements/" + id).with(csrf()).param("version", "1").param("nom", nom)
                .param("action", "activer").with(en(u)))
                .andExpect(model().attributeHasFieldErrorCode("form", "pension", "hebergement.erreur.choix"));
        assertThat(jdbc.sql("select count(*) || statut || version || description from hebergement "
                + "where hebergement_id = :id group by statut, version, description").param("id", id)
                .query(String.class).single()).isEqualTo("1brouillon1Grand salon");
    }

    @Test
    void modifierUnActifCreeUneNouvelleVersionEtGardeLAncienne() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        String nom = "Versions " + UUID.randomUUID();
        UUID id = creerActif(u, nom);
        String document = jdbc.sql("select fichier_reponse_exploitant::text from hebergement where hebergement_id = :id")
                .param("id", id).query(String.class).single();
        Map<String, String> champs = complet(nom);
        champs.put("version", "0");
        champs.put("nombreLits", "25");
        champs.put("reponseExploitant", document);
        banParis();
        mvc.perform(formulaire("/hebergements/" + id, champs, false).param("action", "activer").with(en(u)))
                .andExpect(redirectedUrl("/hebergements/" + id));
        List<String> versions = jdbc.sql("""
                select courante || ':' || statut || ':' || nombre_lits || ':' || version || ':'
                       || (fichier_reponse_exploitant::text = :doc)
                from hebergement where hebergement_id = :id order by id""").param("id", id).param("doc", document)
                .query(String.class).list();
        assertThat(versions).containsExactly("false:actif:20:0:true", "true:actif:25:1:true");
        // a save on the old version is refused (optimistic lock), never a 500
        champs.put("nombreLits", "30");
        mvc.perform(formulaire("/hebergements/" + id, champs, false).param("action", "activer").with(en(u)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("hebergement.refus.conflit"))));
        assertThat(jdbc.sql("select count(*) from hebergement where hebergement_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void desactiverPuisReactiverAvecConfirmationEtTransitionInterditeExpliquee() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        UUID id = creerActif(u, "Statuts " + UUID.randomUUID());
        mvc.perform(MockMvcRequestBuilders.get("/hebergements/" + id + "/desactivation").with(en(u)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Confirmer")));
        mvc.perform(post("/hebergements/" + id + "/desactivation").with(csrf()).param("version", "0").with(en(u)))
                .andExpect(redirectedUrl("/hebergements"));
        assertThat(statut(id)).isEqualTo("desactive");
        // désactivé → désactivé is not a transition: a clear message, not a 500
        mvc.perform(post("/hebergements/" + id + "/desactivation").with(csrf()).param("version", "1").with(en(u)))
                .andExpect(redirectedUrl("/hebergements"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("erreur", "hebergement.transition.desactiver"));
        mvc.perform(post("/hebergements/" + id + "/reactivation").with(csrf()).param("version", "1").with(en(u)))
                .andExpect(redirectedUrl("/hebergements"));
        assertThat(statut(id)).isEqualTo("actif");
        assertThat(jdbc.sql("select count(*) from hebergement where hebergement_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    private String statut(UUID id) {
        return jdbc.sql("select statut from hebergement where hebergement_id = :id and courante").param("id", id)
                .query(String.class).single();
    }

    @Test
    void autreOrganisation404SiegeLitSesEtablissementsEtUnEtablissementNeVoitPasLeSiege() throws Exception {
        String siren = siren();
        UtilisateurConnecte siege = organisateur(siren + "00011", true);
        UtilisateurConnecte secondaire = organisateur(siren + "00029", false);
        UtilisateurConnecte autre = organisateur(siren() + "00011", true);
        String nomSiege = "Siège " + UUID.randomUUID();
        String nomSecondaire = "Secondaire " + UUID.randomUUID();
        UUID duSiege = creerActif(siege, nomSiege);
        UUID duSecondaire = creerActif(secondaire, nomSecondaire);

        mvc.perform(MockMvcRequestBuilders.get("/hebergements/" + duSiege).with(en(autre)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/hebergements/" + duSiege + "/desactivation").with(csrf()).param("version", "0")
                .with(en(autre))).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/hebergements/" + duSiege).with(en(secondaire)))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/hebergements").with(en(secondaire)))
                .andExpect(content().string(containsString(nomSecondaire)))
                .andExpect(content().string(not(containsString(nomSiege))));
        // the siège reads its établissement's, read-only
        mvc.perform(MockMvcRequestBuilders.get("/hebergements").with(en(siege)))
                .andExpect(content().string(containsString(nomSecondaire)))
                .andExpect(content().string(containsString(nomSiege)));
        mvc.perform(MockMvcRequestBuilders.get("/hebergements/" + duSecondaire).with(en(siege)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(
                        message("hebergement.consultation.autre-etablissement"))));
        mvc.perform(post("/hebergements/" + duSecondaire + "/desactivation").with(csrf()).param("version", "0")
                .with(en(siege))).andExpect(status().isForbidden());
        String document = jdbc.sql("select fichier_reponse_exploitant::text from hebergement where hebergement_id = :id")
                .param("id", duSecondaire).query(String.class).single();
        mvc.perform(MockMvcRequestBuilders.get("/documents/" + document).with(en(siege))).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/documents/" + document).with(en(autre)))
                .andExpect(status().isNotFound());
    }

    @Test
    void sansOrganismeLesPagesRenvoientALaFiche() throws Exception {
        long id = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut)
                values (:email, :mdp, 'Martin', 'Paul', '0612345678', :siret, true, '11', 'VALIDATED') returning id""")
                .param("email", "heb-sans-" + System.nanoTime() + "@vao.test").param("mdp", HASH_DEMO)
                .param("siret", siren() + "00011").query(Long.class).single();
        UtilisateurConnecte u = Connectes.organisateur(id, "11");
        mvc.perform(MockMvcRequestBuilders.get("/hebergements").with(en(u))).andExpect(redirectedUrl("/organisme"));
        mvc.perform(MockMvcRequestBuilders.get("/hebergements/nouveau").with(en(u)))
                .andExpect(redirectedUrl("/organisme"));
    }

    @Test
    void apiAdresseIndisponibleLaSaisieManuelleFonctionneEtRienNEstPerdu() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        antivirusSain();
        fermerLeCircuit();
        API.stubFor(get(urlPathEqualTo("/ban/search/")).willReturn(aResponse().withStatus(503)));
        mvc.perform(MockMvcRequestBuilders.get("/adresses/suggestions").param("q", "1 chemin des Vignes")
                .with(en(u))).andExpect(content().json("{\"indisponible\":true,\"adresses\":[]}"));
        String nom = "Manuel " + UUID.randomUUID();
        Map<String, String> champs = complet(nom);
        champs.put("adresse", "1 chemin des Vignes Bordeaux");
        mvc.perform(formulaire("/hebergements/nouveau", champs, true).param("action", "activer").with(en(u)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "adresse",
                        "hebergement.erreur.adresse-indisponible"))
                .andExpect(content().string(containsString(nom)))
                .andExpect(content().string(containsString("Une sortie par semaine en car")))
                .andExpect(content().string(containsString("<details class=\"fr-mb-3w\" id=\"adresse-manuelle-bloc\" open")));
        assertThat(lignes(nom)).isZero();
        // the upload accepted during the failed save is kept in the form
        MvcResult r = mvc.perform(formulaire("/hebergements/nouveau", champs, true).param("action", "activer")
                .with(en(u))).andReturn();
        String garde = ((fr.vao.hebergement.web.FormulaireHebergement) r.getModelAndView().getModel().get("form"))
                .reponseExploitant;
        assertThat(garde).isNotBlank();

        champs.put("adresseManuelle", "true");
        champs.put("voie", "1 chemin des Vignes");
        champs.put("codePostal", "33000");
        champs.put("commune", "Bordeaux");
        champs.put("reponseExploitant", garde);
        mvc.perform(formulaire("/hebergements/nouveau", champs, false).param("action", "activer").with(en(u)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                select adresse_label || '|' || adresse_code_insee || '|' || departement || '|' || (lat is null)
                from hebergement where nom = :nom""").param("nom", nom).query(String.class).single())
                .isEqualTo("1 chemin des Vignes 33000 Bordeaux|33063|33|true");
        fermerLeCircuit();
    }

    @Test
    void unFichierRefuseEstSignaleSurSonChampEtRienNEstEnregistre() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        antivirusSain();
        banParis();
        String nom = "Refus " + UUID.randomUUID();
        long documents = jdbc.sql("select count(*) from document").query(Long.class).single();
        MockMultipartHttpServletRequestBuilder r = multipart("/hebergements/nouveau");
        r.file(new MockMultipartFile("reponseExploitantFichier", "reponse.pdf", "application/pdf",
                "MZ\u0090\u0000 ceci est un exécutable".getBytes(StandardCharsets.ISO_8859_1)));
        complet(nom).forEach(r::param);
        mvc.perform(r.param("action", "activer").with(csrf()).with(en(u))).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "reponseExploitant",
                        "document.refus.type-non-accepte"))
                .andExpect(content().string(containsString("id=\"reponseExploitant-erreur\"")))
                .andExpect(content().string(containsString(message("document.refus.type-non-accepte"))));
        assertThat(lignes(nom)).isZero();
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(documents);
    }

    @Test
    void leBackOfficeVoitLesActifsDeSonPerimetreEnListeCsvFicheEtCarte() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        String nom = "Bo" + UUID.randomUUID().toString().replace("-", "");
        UUID id = creerActif(u, nom);
        String brouillon = "Bo brouillon " + UUID.randomUUID();
        mvc.perform(post("/hebergements/nouveau").with(csrf()).param("nom", brouillon).param("action", "brouillon")
                .with(en(u))).andExpect(status().is3xxRedirection());
        UtilisateurConnecte paris = Connectes.agent(990_001, "75", "DEP");
        UtilisateurConnecte idf = Connectes.agent(990_002, "IDF", "REG");
        UtilisateurConnecte gironde = Connectes.agent(990_003, "33", "DEP");
        UtilisateurConnecte national = Connectes.agent(990_004, "FRA", "NAT");

        for (UtilisateurConnecte a : List.of(paris, idf, national)) {
            mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements").param("recherche", nom).with(en(a)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(">" + nom + "</a>")))
                    .andExpect(content().string(containsString("1 hébergement(s)")));
            mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements/" + id).with(en(a))).andExpect(status().isOk());
        }
        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements").param("recherche", nom).with(en(gironde)))
                .andExpect(content().string(containsString("0 hébergement(s)")))
                .andExpect(content().string(not(containsString(id.toString()))));
        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements/" + id).with(en(gironde)))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements").param("recherche", brouillon).with(en(national)))
                .andExpect(content().string(containsString("0 hébergement(s)")));

        String csv = mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements.csv").param("recherche", nom)
                .with(en(paris))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFNom de l'hébergement;Département;Adresse;Téléphone;Adresse courriel;"
                + "Date de visite préalable;Réglementation ERP\r\n" + nom
                + ";75;12 Rue de la Paix 75002 Paris;0102030405;gite@lilas.fr;01/06/2020;Non\r\n");

        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements/carte").param("ouest", "2.3").param("sud", "48.8")
                .param("est", "2.4").param("nord", "48.9").with(en(paris))).andExpect(status().isOk())
                .andExpect(content().string(containsString(nom)));
        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements/carte").param("ouest", "2.3").param("sud", "48.8")
                .param("est", "2.4").param("nord", "48.9").with(en(gironde)))
                .andExpect(content().string(not(containsString(nom))));
        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements/carte").param("ouest", "3").param("sud", "48.8")
                .param("est", "2").param("nord", "48.9").with(en(paris))).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements/carte").with(en(paris))).andExpect(status().isOk())
                .andExpect(content().string(containsString(nom)));
        // the agent reads the hébergement's documents; an agent of another département does not
        String document = jdbc.sql("select fichier_reponse_exploitant::text from hebergement where hebergement_id = :id")
                .param("id", id).query(String.class).single();
        mvc.perform(MockMvcRequestBuilders.get("/bo/documents/" + document).with(en(paris)))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/bo/documents/" + document).with(en(gironde)))
                .andExpect(status().isNotFound());
    }

    /** The map groups the points on the server when a box holds more than 2,000. */
    @Test
    void auDelaDe2000PointsLaCarteRegroupe() throws Exception {
        UtilisateurConnecte u = organisateur(siren() + "00011", true);
        long organisme = jdbc.sql("select organisme_id from organisme_membre where organisateur_id = :u")
                .param("u", u.id()).query(Long.class).single();
        jdbc.sql("""
                insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, adresse_label,
                    adresse_code_insee, departement, lat, lon, cree_par, cree_le, modifie_par, modifie_le)
                select gen_random_uuid(), true, 'actif', :o, 'Masse ' || g, 'Adresse ' || g, '2A004', '2A',
                       41.9 + (g % 50) * 0.001, 8.7 + (g / 50) * 0.001, 0, now(), 0, now()
                from generate_series(1, 2001) g""").param("o", organisme).update();
        mvc.perform(MockMvcRequestBuilders.get("/bo/hebergements/carte").param("ouest", "8.69").param("sud", "41.89")
                .param("est", "8.75").param("nord", "41.96").with(en(Connectes.agent(990_005, "2A", "DEP"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"groupes\":true")))
                .andExpect(content().string(containsString("\"total\":2001")));
        jdbc.sql("delete from hebergement where organisme_id = :o").param("o", organisme).update();
    }
}
