package fr.vao.organisme;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The fiche organisateur through its pages (spec §2.5), on a real PostgreSQL with INSEE and API Entreprise answered
 * by WireMock with payloads shaped like the real APIs'.
 */
class FicheOrganisateurTest extends TestIntegration {

    private static final AtomicInteger SIREN = new AtomicInteger(812_000_000);

    /** A SIREN no other test uses (the organisme's SIRET is unique). */
    private static String siren() {
        return String.valueOf(SIREN.incrementAndGet());
    }

    private UtilisateurConnecte organisateur(String siret) {
        long id = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut)
                values (:email, :mdp, 'Martin', 'Paul', '0612345678', :siret, true, 'IDF', 'VALIDATED') returning id""")
                .param("email", "fiche-" + siret + "-" + System.nanoTime() + "@vao.test").param("mdp", HASH_DEMO)
                .param("siret", siret).query(Long.class).single();
        return Connectes.organisateur(id, "IDF");
    }

    private static String etablissement(String siret, boolean siege, boolean actif, String denomination) {
        return """
                {"siren":"%s","nic":"%s","siret":"%s","etablissementSiege":%s,
                 "uniteLegale":{"etatAdministratifUniteLegale":"A","denominationUniteLegale":"%s",
                                "categorieJuridiqueUniteLegale":"9220","denominationUsuelle1UniteLegale":null},
                 "adresseEtablissement":{"numeroVoieEtablissement":"12","typeVoieEtablissement":"RUE",
                   "libelleVoieEtablissement":"DE LA PAIX","codePostalEtablissement":"75002",
                   "libelleCommuneEtablissement":"PARIS 2","codeCommuneEtablissement":"75102",
                   "coordonneeLambertAbscisseEtablissement":"651380.5",
                   "coordonneeLambertOrdonneeEtablissement":"6863290.1"},
                 "periodesEtablissement":[{"dateFin":null,"etatAdministratifEtablissement":"%s"}]}"""
                .formatted(siret.substring(0, 9), siret.substring(9), siret, siege, denomination, actif ? "A" : "F");
    }

    /** INSEE knows the siège {@code siren}00011 and two secondary establishments, one of them closed. */
    private static void inseeConnait(String siren) {
        String siege = etablissement(siren + "00011", true, true, "ASSOCIATION ALPHA");
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siren + "00011"))
                .willReturn(okJson("{\"header\":{\"statut\":200},\"etablissement\":" + siege + "}")));
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siren + "00029")).willReturn(okJson(
                "{\"header\":{\"statut\":200},\"etablissement\":"
                        + etablissement(siren + "00029", false, true, "ASSOCIATION ALPHA") + "}")));
        API.stubFor(get(urlPathEqualTo("/insee/siret")).withQueryParam("q", equalTo("siren:" + siren))
                .willReturn(okJson("{\"header\":{\"statut\":200,\"total\":3,\"debut\":0,\"nombre\":3},"
                        + "\"etablissements\":[" + siege + ","
                        + etablissement(siren + "00029", false, true, "ASSOCIATION ALPHA") + ","
                        + etablissement(siren + "00037", false, false, "ASSOCIATION ALPHA") + "]}")));
        API.stubFor(get(urlPathEqualTo("/api-entreprise/v3/infogreffe/rcs/unites_legales/" + siren
                + "/mandataires_sociaux")).willReturn(aResponse().withStatus(404).withHeader("Content-Type",
                        "application/json").withBody("""
                        {"errors":[{"code":"02003","title":"Entité non trouvée",
                          "detail":"L'identifiant indiqué n'existe pas, n'est pas connu ou ne comporte aucune information pour cet appel."}]}""")));
    }

    private static MockHttpServletRequestBuilder renseignementsMorale(boolean porteur) {
        return post("/organisme/renseignements").with(csrf()).param("type", "PERSONNE_MORALE")
                .param("porteurAgrement", String.valueOf(porteur))
                .param("raisonSociale", "NOM TAPÉ PAR L'USAGER")
                .param("email", "contact@alpha.fr").param("telephone", "0102030405")
                .param("representants[0].nom", "Durand").param("representants[0].prenom", "Marie")
                .param("representants[0].fonction", "Présidente")
                .param("responsable.nom", "Martin").param("responsable.prenom", "Paul")
                .param("responsable.fonction", "Directeur").param("responsable.adresse", "1 rue des Lilas 75011 Paris")
                .param("responsable.telephone", "0612345678").param("responsable.email", "paul@alpha.fr");
    }

    private static MockHttpServletRequestBuilder transport() {
        return post("/organisme/transport").with(csrf()).param("responsables", "organisateur")
                .param("modes", "autocar").param("precisionModeOrganisation", "Car affrété depuis Paris")
                .param("deplacementDurantSejour", "false").param("vehiculesAdaptes", "true")
                .param("precisionVehicules", "Rampe d'accès");
    }

    private static MockHttpServletRequestBuilder sanitaire() {
        MockHttpServletRequestBuilder r = post("/organisme/sanitaire").with(csrf());
        for (String non : new String[] {"dispositionsSpecifiques", "accordCabinet", "individualisationTraitements",
            "protocoleModification", "protocoleEvacuation", "protocoleAccident", "protocoleReorientation",
            "protocoleCanicule"}) {
            r = r.param(non, "false");
        }
        for (String oui : new String[] {"troussePharmacie", "conservationThermosensibles", "prescriptionJointe",
            "ficheSuivi"}) {
            r = r.param(oui, "true");
        }
        return r.param("responsablesMedicaments", "accompagnant")
                .param("precisionMedicaments", "Par l'accompagnant référent").param("stockageSecurise", "true")
                .param("precisionStockage", "Armoire fermée à clé").param("preparationPiluliers", "aucune")
                .param("gestionBudgetPersonnel", "Argent de poche remis chaque jour");
    }

    @Test
    void unSiegeSocialRempliTouteSaFicheAvecLesDonneesDeLInseeEtLaFinalise() throws Exception {
        String siren = siren();
        inseeConnait(siren);
        UtilisateurConnecte u = organisateur(siren + "00011");

        mvc.perform(MockMvcRequestBuilders.get("/organisme").with(en(u)))
                .andExpect(redirectedUrl("/organisme/renseignements"));
        mvc.perform(MockMvcRequestBuilders.get("/organisme/renseignements").with(en(u)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Type de personne qui organise des séjours")));
        mvc.perform(MockMvcRequestBuilders.get("/organisme/renseignements").param("type", "PERSONNE_MORALE")
                .with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ASSOCIATION ALPHA")));
        // "Récupérer les informations" asks the RCS once (no représentant: an association)
        mvc.perform(renseignementsMorale(true).param("action", "insee").with(en(u))).andExpect(status().isOk())
                .andExpect(model().attribute("aucunRepresentant", true));
        API.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(
                "/api-entreprise/v3/infogreffe/rcs/unites_legales/" + siren + "/mandataires_sociaux")));

        mvc.perform(renseignementsMorale(true).with(en(u))).andExpect(redirectedUrl("/organisme/etablissements"));

        // INSEE's identity wins over what was posted; the fiche is verified
        assertThat(jdbc.sql("""
                select raison_sociale || '|' || adresse || '|' || verifiee || '|' || categorie_juridique
                from organisme_identite i join organisme o on o.id = i.organisme_id
                where o.siret = :siret and i.courante""").param("siret", siren + "00011").query(String.class)
                .single()).isEqualTo("ASSOCIATION ALPHA|12 RUE DE LA PAIX 75002 PARIS 2|true|9220");

        // step 2: the list comes from INSEE at the first visit; a closed one cannot be enabled
        mvc.perform(MockMvcRequestBuilders.get("/organisme/etablissements").with(en(u))).andExpect(status().isOk())
                .andExpect(model().attribute("total", 2)).andExpect(model().attribute("actifs", 1L));
        mvc.perform(post("/organisme/etablissements/" + siren + "00037/autorisation").with(csrf()).with(en(u))
                .param("autorise", "true")).andExpect(redirectedUrl("/organisme/etablissements"));
        mvc.perform(post("/organisme/etablissements/" + siren + "00029/autorisation").with(csrf()).with(en(u))
                .param("autorise", "true").param("retour", "https://ailleurs.example/"))
                .andExpect(redirectedUrl("/organisme/etablissements"));
        assertThat(jdbc.sql("""
                select string_agg(e.siret || ':' || e.autorise, ',' order by e.siret) from organisme_etablissement e
                join organisme o on o.id = e.organisme_id where o.siret = :siret""")
                .param("siret", siren + "00011").query(String.class).single())
                .isEqualTo(siren + "00029:true," + siren + "00037:false");

        mvc.perform(MockMvcRequestBuilders.post("/organisme/finalisation").with(csrf()).with(en(u)))
                .andExpect(redirectedUrl("/organisme/synthese"));
        assertThat(complet(siren + "00011")).isFalse();

        mvc.perform(transport().with(en(u))).andExpect(redirectedUrl("/organisme/sanitaire"));
        mvc.perform(sanitaire().with(en(u))).andExpect(redirectedUrl("/organisme/synthese"));
        mvc.perform(MockMvcRequestBuilders.post("/organisme/finalisation").with(csrf()).with(en(u)))
                .andExpect(redirectedUrl("/organisme/synthese"));
        assertThat(complet(siren + "00011")).isTrue();
        mvc.perform(MockMvcRequestBuilders.get("/organisme/synthese").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fiche finalisée")));

        // a later change is recorded field by field in the history
        mvc.perform(transport().param("responsables", "vacanciers").with(en(u)))
                .andExpect(redirectedUrl("/organisme/sanitaire"));
        mvc.perform(MockMvcRequestBuilders.get("/organisme/historique").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vacanciers, organisateur")));
    }

    private String rolesEig(UtilisateurConnecte u) {
        return jdbc.sql("select coalesce(string_agg(role, ',' order by role), '') from organisateur_role "
                + "where organisateur_id = :id").param("id", u.id()).query(String.class).single();
    }

    private boolean complet(String siret) {
        return jdbc.sql("select complet from organisme where siret = :siret").param("siret", siret)
                .query(Boolean.class).single();
    }

    @Test
    void uneEtapeInvalideNEnregistreRienEtSignaleChaqueChampEnFrancais() throws Exception {
        String siren = siren();
        inseeConnait(siren);
        UtilisateurConnecte u = organisateur(siren + "00011");

        mvc.perform(post("/organisme/renseignements").with(csrf()).with(en(u)).param("type", "PERSONNE_MORALE")
                .param("porteurAgrement", "true").param("email", "pas-un-courriel"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("morale", "email", "telephone", "representants",
                        "responsable.nom", "responsable.email"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Saisissez une adresse courriel valide")));
        // the refused save asked INSEE once: the page shown again reuses its answer
        API.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/insee/siret/" + siren + "00011")));
        assertThat(jdbc.sql("select count(*) from organisme where siren = :siren").param("siren", siren)
                .query(Integer.class).single()).isZero();

        mvc.perform(renseignementsMorale(true).with(en(u))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/organisme/transport").with(csrf()).with(en(u)).param("responsables", "organisateur")
                .param("precisionModeOrganisation", "car").param("deplacementDurantSejour", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "modes", "precisionModeOrganisation",
                        "vehiculesAdaptes"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Précisez votre réponse en 5 caractères au moins.")));
        assertThat(jdbc.sql("""
                select count(*) from organisme_protocole_transport t join organisme o on o.id = t.organisme_id
                where o.siren = :siren""").param("siren", siren).query(Integer.class).single()).isZero();
    }

    @Test
    void unEtablissementSecondaireAutoriseUtiliseLesProtocolesDeSonSiegeEtUnAutreEstRefuse() throws Exception {
        String siren = siren();
        inseeConnait(siren);
        UtilisateurConnecte siege = organisateur(siren + "00011");
        mvc.perform(renseignementsMorale(true).with(en(siege))).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/organisme/etablissements").with(en(siege)))
                .andExpect(status().isOk());
        mvc.perform(transport().with(en(siege))).andExpect(status().is3xxRedirection());

        UtilisateurConnecte secondaire = organisateur(siren + "00029");
        mvc.perform(renseignementsMorale(false).with(en(secondaire))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Votre établissement n’est pas autorisé par le siège social à se déclarer.")));

        mvc.perform(post("/organisme/etablissements/" + siren + "00029/autorisation").with(csrf()).with(en(siege))
                .param("autorise", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(renseignementsMorale(false).with(en(secondaire))).andExpect(redirectedUrl("/organisme/transport"));
        // spec §1.1: the creator of a siège social gets Eig_Ecriture, the creator of an établissement secondaire none
        assertThat(rolesEig(siege)).isEqualTo("Eig_Ecriture");
        assertThat(rolesEig(secondaire)).isEmpty();

        // the siège's protocols, read-only
        mvc.perform(MockMvcRequestBuilders.get("/organisme/transport").with(en(secondaire)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Car affrété depuis Paris")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "seul le siège peut les modifier")));
        mvc.perform(transport().param("precisionModeOrganisation", "Tentative de modification").with(en(secondaire)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Les protocoles d’un établissement secondaire sont ceux de son siège social.")));
        assertThat(jdbc.sql("""
                select precision_mode_organisation from organisme_protocole_transport t
                join organisme o on o.id = t.organisme_id where o.siret = :siret""")
                .param("siret", siren + "00011").query(String.class).single()).isEqualTo("Car affrété depuis Paris");
        // the secondary establishment has no step 2
        mvc.perform(MockMvcRequestBuilders.get("/organisme/etablissements").with(en(secondaire)))
                .andExpect(redirectedUrl("/organisme"));
    }

    @Test
    void quandLInseeNeRepondPasLOrganisateurSaisitSonIdentiteQuiResteNonVerifiee() throws Exception {
        String siren = siren();
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siren + "00011")).willReturn(aResponse().withStatus(503)));
        UtilisateurConnecte u = organisateur(siren + "00011");

        mvc.perform(MockMvcRequestBuilders.get("/organisme/renseignements").param("type", "PERSONNE_MORALE")
                .with(en(u))).andExpect(status().isOk()).andExpect(model().attribute("inseeIndisponible", true));
        mvc.perform(renseignementsMorale(true).param("adresse", "5 avenue Foch 75016 Paris").param("pays", "France")
                .with(en(u))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                select raison_sociale || '|' || verifiee from organisme_identite i
                join organisme o on o.id = i.organisme_id where o.siret = :siret and i.courante""")
                .param("siret", siren + "00011").query(String.class).single())
                .isEqualTo("NOM TAPÉ PAR L'USAGER|false");
        // "Récupérer les informations" says the same, and the agents see the identity flagged "non vérifiée"
        mvc.perform(renseignementsMorale(true).param("action", "insee").with(en(u))).andExpect(status().isOk())
                .andExpect(model().attribute("inseeIndisponible", true));
        long id = jdbc.sql("select id from organisme where siret = :siret").param("siret", siren + "00011")
                .query(Long.class).single();
        mvc.perform(MockMvcRequestBuilders.get("/bo/organismes/" + id)
                .with(en(Connectes.agent(7201, "FRA", "NAT")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Identité non vérifiée auprès de l’INSEE")));
    }

    @Test
    void quandLApiEntrepriseNeRepondPasLesRepresentantsSeSaisissentALaMainSansRienPerdre() throws Exception {
        for (com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder panne : java.util.List.of(
                aResponse().withStatus(500),
                aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))) {
            String siren = siren();
            inseeConnait(siren);
            API.stubFor(get(urlPathEqualTo("/api-entreprise/v3/infogreffe/rcs/unites_legales/" + siren
                    + "/mandataires_sociaux")).willReturn(panne));
            UtilisateurConnecte u = organisateur(siren + "00011");

            // INSEE answers, the RCS does not: the page says so and keeps everything typed
            mvc.perform(renseignementsMorale(true).param("action", "insee").with(en(u))).andExpect(status().isOk())
                    .andExpect(model().attribute("representantsIndisponibles", true))
                    .andExpect(model().attributeDoesNotExist("aucunRepresentant"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "Le registre du commerce (API Entreprise) ne répond pas")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("ASSOCIATION ALPHA")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Durand\"")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"contact@alpha.fr\"")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"paul@alpha.fr\"")));

            // the représentants typed by hand are saved with INSEE's verified identity
            mvc.perform(renseignementsMorale(true).with(en(u))).andExpect(redirectedUrl("/organisme/etablissements"));
            assertThat(jdbc.sql("""
                    select i.raison_sociale || '|' || i.verifiee || '|' || r.nom || '|' || r.prenom || '|' || r.fonction
                    from organisme o join organisme_identite i on i.organisme_id = o.id and i.courante
                    join organisme_representant r on r.identite_id = i.id where o.siret = :siret""")
                    .param("siret", siren + "00011").query(String.class).single())
                    .isEqualTo("ASSOCIATION ALPHA|true|Durand|Marie|Présidente");
        }
    }

    @Test
    void unePersonnePhysiqueRenseigneSaProfessionEtUnCollegueDuMemeSiretRejointSaFiche() throws Exception {
        String siret = siren() + "00011";
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siret)).willReturn(okJson("""
                {"header":{"statut":200},"etablissement":{"siren":"%s","nic":"00011","siret":"%s",
                  "etablissementSiege":true,
                  "uniteLegale":{"etatAdministratifUniteLegale":"A","categorieJuridiqueUniteLegale":"1000",
                    "nomUniteLegale":"DUPONT","nomUsageUniteLegale":null,"prenom1UniteLegale":"JEANNE"},
                  "adresseEtablissement":{"numeroVoieEtablissement":"3","typeVoieEtablissement":"RUE",
                    "libelleVoieEtablissement":"HAUTE","codePostalEtablissement":"69001",
                    "libelleCommuneEtablissement":"LYON 1ER","codeCommuneEtablissement":"69381"},
                  "periodesEtablissement":[{"etatAdministratifEtablissement":"A"}]}}"""
                .formatted(siret.substring(0, 9), siret))));
        UtilisateurConnecte u = organisateur(siret);
        mvc.perform(post("/organisme/renseignements").with(csrf()).with(en(u)).param("type", "PERSONNE_PHYSIQUE")
                .param("profession", "Q").param("telephone", "0612345678")
                .param("adresseDomicile", "3 rue Haute 69001 Lyon").param("adresseIdentique", "true"))
                .andExpect(redirectedUrl("/organisme/transport"));
        assertThat(jdbc.sql("""
                select nom_naissance || '|' || prenom || '|' || profession from organisme_identite i
                join organisme o on o.id = i.organisme_id where o.siret = :siret""")
                .param("siret", siret).query(String.class).single()).isEqualTo("DUPONT|JEANNE|Q");

        UtilisateurConnecte collegue = organisateur(siret);
        mvc.perform(MockMvcRequestBuilders.get("/organisme/renseignements").param("type", "PERSONNE_PHYSIQUE")
                .with(en(collegue))).andExpect(status().isOk());
        mvc.perform(post("/organisme/renseignements").with(csrf()).with(en(collegue))
                .param("type", "PERSONNE_PHYSIQUE").param("profession", "P").param("telephone", "0612345678")
                .param("adresseDomicile", "3 rue Haute 69001 Lyon").param("adresseIdentique", "true"))
                .andExpect(redirectedUrl("/organisme/transport"));
        assertThat(jdbc.sql("""
                select count(*) from organisme_membre m join organisme o on o.id = m.organisme_id
                where o.siret = :siret""").param("siret", siret).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from organisme where siret = :siret").param("siret", siret)
                .query(Integer.class).single()).isEqualTo(1);
        // spec §1.1: the creator of a personne physique gets Eig_Ecriture; a user joining it gets no EIG role
        assertThat(rolesEig(u)).isEqualTo("Eig_Ecriture");
        assertThat(rolesEig(collegue)).isEmpty();
    }

    @Test
    void unSiegeQuiDemenagePasseASonSiretSuccesseurEtSaDreetsEstPrevenue() throws Exception {
        String siren = siren();
        inseeConnait(siren);
        jdbc.sql("update fiche_territoire set service_email = 'dreets-idf-siret@vao.test' where territoire_code = 'IDF'")
                .update();
        UtilisateurConnecte u = organisateur(siren + "00011");
        mvc.perform(renseignementsMorale(true).with(en(u))).andExpect(status().is3xxRedirection());
        String successeur = siren + "00045";
        API.stubFor(get(urlPathEqualTo("/insee/siret/liensSuccession")).willReturn(okJson("""
                {"header":{"statut":200,"total":1,"debut":0,"nombre":1},
                 "liensSuccession":[{"siretEtablissementPredecesseur":"%s","siretEtablissementSuccesseur":"%s",
                   "dateLienSuccession":"2026-10-01","transfertSiege":true,"continuiteEconomique":true}]}"""
                .formatted(siren + "00011", successeur))));
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + successeur)).willReturn(okJson(
                "{\"header\":{\"statut\":200},\"etablissement\":"
                        + etablissement(successeur, true, true, "ASSOCIATION ALPHA") + "}")));

        mvc.perform(post("/organisme/siret/recherche").with(csrf()).with(en(u)))
                .andExpect(redirectedUrl("/organisme/renseignements#siret"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("successeur"));
        // only INSEE's successor is accepted, whatever is posted
        mvc.perform(post("/organisme/siret").with(csrf()).with(en(u)).param("nouveauSiret", siren + "00099"))
                .andExpect(redirectedUrl("/organisme/renseignements#siret"));
        assertThat(jdbc.sql("select count(*) from organisme where siret = :s").param("s", siren + "00011")
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(post("/organisme/siret").with(csrf()).with(en(u)).param("nouveauSiret", successeur))
                .andExpect(redirectedUrl("/organisme/renseignements"));
        assertThat(jdbc.sql("""
                select o.siret || '|' || count(i.id) || '|' || bool_or(i.courante and i.siret = o.siret)
                from organisme o join organisme_identite i on i.organisme_id = o.id
                where o.siren = :s group by o.siret""").param("s", siren).query(String.class).single())
                .isEqualTo(successeur + "|2|true");
        mvc.perform(MockMvcRequestBuilders.get("/organisme/historique").with(en(u)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(successeur)));
        // the mail to the DREETS left with the change, through the outbox, to a real SMTP server
        Object envoi = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(
                contexte.getBean("envoiCourriels"));
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(envoi, "envoyerEnAttente");
        assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.toString(m.getAllRecipients()).contains("dreets-idf-siret@vao.test")
                        && "Portail VAO - Changement de SIRET d'un OVA".equals(m.getSubject())
                        && com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(successeur);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).hasSize(1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext contexte;
}
