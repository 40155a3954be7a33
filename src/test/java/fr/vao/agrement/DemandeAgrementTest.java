package fr.vao.agrement;

import static fr.vao.agrement.RemplissageDemande.poster;
import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

import fr.vao.document.Categorie;
import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.fonctionnalites.Fonctionnalites;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * The organiser's agrément request (spec §2.6 B and C, ADR 0026) through its pages: creation, permissive steps,
 * strict transmission, files, authorization, the feature flag, the mails A1 to A4.
 */
class DemandeAgrementTest extends TestIntegration {

    @Autowired
    CycleAgrement cycle;
    @Autowired
    EnvoiCourriels envoi;

    @BeforeEach
    void ouvrir() {
        antivirusSain();
        drapeau(true);
        jdbc.sql("update fiche_territoire set service_email = 'dreets-idf@dreets.vao.test'"
                + " where territoire_code = 'IDF' and (service_email is null or service_email = '')").update();
    }

    @AfterEach
    void fermer() {
        drapeau(false);
    }

    private void drapeau(boolean actif) {
        jdbc.sql("update fonctionnalite set active = :a where code = :c").param("a", actif)
                .param("c", Fonctionnalites.RENOUVELLEMENT_AGREMENT).update();
    }

    private String boiteDreets() {
        return jdbc.sql("select service_email from fiche_territoire where territoire_code = 'IDF'")
                .query(String.class).single();
    }

    private long creer(UtilisateurConnecte u) throws Exception {
        MvcResult r = mvc.perform(post("/agrement/demande").with(csrf()).with(en(u))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).matches("/agrement/\\d+/coordonnees");
        return Long.parseLong(r.getResponse().getRedirectedUrl().split("/")[2]);
    }

    private String statut(long id) {
        return jdbc.sql("select statut from agrement where id = :id").param("id", id).query(String.class).single();
    }

    private int version(long id) {
        return jdbc.sql("select version from agrement where id = :id").param("id", id).query(Integer.class).single();
    }

    private MvcResult transmettre(UtilisateurConnecte u, long id, int version) throws Exception {
        return mvc.perform(post("/agrement/" + id + "/transmission").param("version", "" + version).with(csrf())
                .with(en(u))).andReturn();
    }

    private List<Categorie> categories(long id) {
        return jdbc.sql("select categorie from document where rattachement_type = 'AGREMENT' and rattachement_id = :id"
                + " order by depose_le, nom").param("id", id).query((rs, n) -> Categorie.valueOf(rs.getString(1)))
                .list();
    }

    /** The subjects of the mails to this address whose body mentions this text, once the outbox is sent. */
    private List<String> sujets(String email, String mention) throws Exception {
        envoi.envoyerEnAttente();
        List<String> sujets = new ArrayList<>();
        java.util.Set<String> vus = new java.util.HashSet<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (vus.add(m.getMessageID()) && java.util.Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(email))
                    && com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(mention)) {
                sujets.add(m.getSubject());
            }
        }
        return sujets;
    }

    /** The text bodies of the mails to this address that mention this text, once the outbox is sent. */
    private List<String> corps(String email, String mention) throws Exception {
        envoi.envoyerEnAttente();
        List<String> corps = new ArrayList<>();
        java.util.Set<String> vus = new java.util.HashSet<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            String texte = com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
            if (vus.add(m.getMessageID()) && java.util.Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(email)) && texte.contains(mention)) {
                corps.add(texte);
            }
        }
        return corps;
    }

    @SuppressWarnings("unchecked")
    private Map<EtapeAgrement, List<DeclarationExistant.Erreur>> incomplets(UtilisateurConnecte u, long id)
            throws Exception {
        DemandeOrganisateur d = (DemandeOrganisateur) mvc.perform(get("/agrement/" + id + "/synthese").with(en(u)))
                .andReturn().getModelAndView().getModel().get("d");
        return d.incomplets();
    }

    private static List<String> champs(Map<EtapeAgrement, List<DeclarationExistant.Erreur>> m, EtapeAgrement e) {
        return m.getOrDefault(e, List.of()).stream().map(DeclarationExistant.Erreur::champ).toList();
    }

    @Test
    void uneDemandeFermeeParLeDrapeauNexistePas() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, LocalDate.now().plusDays(60));
        long id = creer(o.membre());
        drapeau(false);
        assertThat(mvc.perform(get("/agrement/" + id).with(en(o.membre()))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/agrement/" + id + "/dossier").with(en(o.membre()))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/agrement/demande").with(csrf()).with(en(o.membre()))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        // neither the renewal banner nor the first-request choice
        OrganismesAgrement.Organisme expire = OrganismesAgrement.nouveau(jdbc, LocalDate.now().plusDays(30));
        String accueil = mvc.perform(get("/").with(en(expire.membre()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(accueil).doesNotContain("banniere-expiration");
        OrganismesAgrement.Organisme sans = OrganismesAgrement.nouveau(jdbc, null);
        assertThat(mvc.perform(get("/agrement/bienvenue").with(en(sans.membre()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/agrement/demande");
        drapeau(true);
        assertThat(mvc.perform(get("/").with(en(expire.membre()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("banniere-expiration");
        assertThat(mvc.perform(get("/agrement/bienvenue").with(en(sans.membre()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/agrement/demande");
    }

    @Test
    void unePremiereDemandeSEnregistreLibrementPuisSeTransmetComplete() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        UtilisateurConnecte u = o.membre();
        long id = creer(u);
        assertThat(jdbc.sql("select type_depot || '|' || region_obtention || '|' || statut from agrement where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("PREMIER|IDF|BROUILLON");
        // the home page no longer sends to the welcome page: a request is in progress
        assertThat(mvc.perform(get("/").with(en(u))).andReturn().getResponse().getStatus()).isEqualTo(200);
        // a second request is refused with a clear message
        MvcResult deuxieme = mvc.perform(post("/agrement/demande").with(csrf()).with(en(u))).andReturn();
        assertThat(deuxieme.getResponse().getRedirectedUrl()).isEqualTo("/agrement");
        assertThat(deuxieme.getFlashMap().get("erreur")).isEqualTo("agrement.refus.en-cours");

        // permissive: a short text and nothing else is saved, the next step of a first request is the projet
        MvcResult r = poster(mvc, u, id, "dossier", Map.of("motivations", "Court"));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id + "/projet");
        assertThat(jdbc.sql("select dossier ->> 'motivations' from agrement where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Court");
        // the bilan is a renewal's only
        assertThat(mvc.perform(get("/agrement/" + id + "/bilan").with(en(u))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        // but what is given must be well-formed: nothing stored, the input shown again
        r = poster(mvc, u, id, "coordonnees", Map.of("email", "pas-une-adresse", "telephone", "12"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        BindingResult erreurs = (BindingResult) r.getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(erreurs.getFieldError("email").getCode()).isEqualTo("format.email");
        assertThat(erreurs.getFieldError("telephone").getCode()).isEqualTo("format.telephone");
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("pas-une-adresse");
        r = poster(mvc, u, id, "projet", Map.of("nbAccompagnants", "beaucoup", "commentaire", "gardé"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(((BindingResult) r.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form"))
                .getFieldError("nbAccompagnants").getCode()).isEqualTo("typeMismatch");
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("gardé")
                .contains("Saisissez un nombre entier.");
        assertThat(jdbc.sql("select projet is null from agrement where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();

        // strict at transmission: every missing item, by step; nothing changes
        Map<EtapeAgrement, List<DeclarationExistant.Erreur>> manque = incomplets(u, id);
        assertThat(manque).containsOnlyKeys(EtapeAgrement.COORDONNEES, EtapeAgrement.DOSSIER, EtapeAgrement.PROJET);
        assertThat(champs(manque, EtapeAgrement.COORDONNEES)).containsExactly("pieces[AGR_PROCVERBAL]");
        assertThat(champs(manque, EtapeAgrement.DOSSIER)).containsExactly("motivations", "dateCertificat",
                "pieces[AGR_IMMATRICUL]", "pieces[AGR_ASSURRESP]", "pieces[AGR_ASSURRAPAT]");
        assertThat(manque.get(EtapeAgrement.DOSSIER).get(0).cle()).isEqualTo("agrement.erreur.texte-min");
        assertThat(champs(manque, EtapeAgrement.PROJET)).contains("deficiences", "sejours", "activites",
                "nbAccompagnants", "competences", "recrutementUrgence", "attestationCasier", "transportAllerRetour",
                "transportSejour", "suiviDistribution", "suiviAccords", "protocoleEvacuation",
                "protocoleRapatriement", "protocoleRapatriementEtranger", "protocoleInformationFamilles",
                "budgetGestion", "pieces[AGR_PROJSEJCOMPETEXP]", "pieces[AGR_PROJETSSEJOURSMESURES]")
                .doesNotContain("nbSejours", "protocoleMateriel", "budgetComplement");
        r = transmettre(u, id, version(id));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id + "/synthese");
        assertThat(r.getFlashMap().get("erreur")).isEqualTo("agrement.refus.incomplete");
        assertThat(statut(id)).isEqualTo("BROUILLON");
        // every missing item is labelled (no message key left unresolved), on the synthèse and on the steps
        for (String page : List.of("/synthese", "/coordonnees?controle=oui", "/dossier?controle=oui",
                "/projet?controle=oui", "")) {
            assertThat(mvc.perform(get("/agrement/" + id + page).with(en(u))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).as(page).doesNotContain("??")
                    .doesNotContain("_fr_FR");
        }
        // the step page shows the transmission's errors next to the fields when asked
        MvcResult controle = mvc.perform(get("/agrement/" + id + "/dossier").param("controle", "oui").with(en(u)))
                .andReturn();
        assertThat(((BindingResult) controle.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX
                + "form")).getFieldError("pieces[AGR_IMMATRICUL]").getCode())
                .isEqualTo("agrement.erreur.piece-obligatoire");
        assertThat(controle.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Joignez ce document.");

        RemplissageDemande.completer(mvc, u, id, false);
        // one missing file at a time is enough to refuse
        String immatriculation = jdbc.sql("""
                select id::text from document where rattachement_type = 'AGREMENT' and rattachement_id = :id
                and categorie = 'AGR_IMMATRICUL'""").param("id", id).query(String.class).single();
        poster(mvc, u, id, "dossier", Map.of("motivations", RemplissageDemande.TEXTE, "dateCertificat", "2022-05-10",
                "retraits", immatriculation));
        assertThat(champs(incomplets(u, id), EtapeAgrement.DOSSIER)).containsExactly("pieces[AGR_IMMATRICUL]");
        poster(mvc, u, id, "dossier", RemplissageDemande.dossier(), Categorie.AGR_IMMATRICUL);
        assertThat(incomplets(u, id)).isEmpty();

        int vue = version(id);
        r = transmettre(u, id, vue);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id);
        assertThat(jdbc.sql("select statut || '|' || date_depot from agrement where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("TRANSMIS|" + LocalDate.now());
        // a double click: the second one is refused, nothing happens twice
        r = transmettre(u, id, vue);
        assertThat(r.getFlashMap().get("erreur")).isEqualTo("agrement.modifie-entre-temps");
        assertThat(jdbc.sql("select count(*) from agrement_historique where agrement_id = :id and type = 'TRANSMISSION'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select string_agg(type, ',' order by le, id) from agrement_historique where agrement_id = :id")
                .param("id", id).query(String.class).single())
                .isEqualTo("CREATION,MODIFICATION,MODIFICATION,MODIFICATION,TRANSMISSION");
        // A1 to the organiser, A2 to the DREETS of the région
        assertThat(sujets(o.email(), "/agrement/" + id)).containsExactly(
                "Portail VAO – Confirmation de transmission de votre demande de premier agrément");
        assertThat(sujets(boiteDreets(), o.siret())).containsExactly(
                "Portail VAO – Nouvelle demande de premier agrément reçue");
        // read-only once transmitted: a step's save is refused (403), nothing changes
        r = poster(mvc, u, id, "dossier", Map.of("motivations", "Modifié après transmission, refusé"));
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Cette demande ne peut plus être modifiée");
        assertThat(jdbc.sql("select dossier ->> 'motivations' from agrement where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(RemplissageDemande.TEXTE);
        assertThat(mvc.perform(get("/agrement/" + id + "/dossier").with(en(u))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/agrement/" + id);
        // its page: status, dossier, documents, history, link to the messagerie
        String page = mvc.perform(get("/agrement/" + id).with(en(u))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Transmis", "Maison des Lilas", "Baignade", "agr_immatricul.pdf",
                "/agrement/" + id + "/messagerie", "Transmission");
    }

    @Test
    void unRenouvellementDepuisLaBanniereExigeLeBilanPuisRevientApresComplementsEtCorrections() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, LocalDate.now().plusDays(100));
        UtilisateurConnecte u = o.membre();
        BanniereExpiration banniere = (BanniereExpiration) mvc.perform(get("/").with(en(u))).andReturn()
                .getModelAndView().getModel().get("banniereAgrement");
        assertThat(banniere.jours()).isEqualTo(100);
        assertThat(banniere.urgente()).isTrue();
        long id = creer(u);
        assertThat(jdbc.sql("select type_depot from agrement where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("RENOUVELLEMENT");
        // no banner while the request is in progress
        assertThat(mvc.perform(get("/").with(en(u))).andReturn().getModelAndView().getModel()
                .get("banniereAgrement")).isNull();

        RemplissageDemande.completer(mvc, u, id, false);
        Map<EtapeAgrement, List<DeclarationExistant.Erreur>> manque = incomplets(u, id);
        assertThat(manque).containsOnlyKeys(EtapeAgrement.BILAN);
        for (String page : List.of("/synthese", "/bilan?controle=oui")) {
            assertThat(mvc.perform(get("/agrement/" + id + page).with(en(u))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).as(page).doesNotContain("??");
        }
        assertThat(champs(manque, EtapeAgrement.BILAN)).containsExactly("annees", "perception", "perspectives",
                "elementsMarquants", "changements", "comptabilite", "comparatif", "pieces[AGR_BILANQUALITPERCEPTION]",
                "pieces[AGR_BILANQUALITPERSPECTIVE]", "pieces[AGR_BILANQUALITELEMARQ]");
        // the rules of a year: numbers, a known year, a split that adds up
        Map<String, Object> bilan = new java.util.HashMap<>(RemplissageDemande.bilan(LocalDate.now().getYear()));
        bilan.put("annees[1].annee", LocalDate.now().getYear() - 9);
        bilan.put("annees[2].nbHommes", 50);
        bilan.put("annees[3].hebergements[0].mois", List.of(13));
        MvcResult r = poster(mvc, u, id, "bilan", bilan);
        BindingResult erreurs = (BindingResult) r.getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(erreurs.getFieldError("annees[1].annee").getCode()).isEqualTo("agrement.erreur.bilan-annee-hors");
        assertThat(erreurs.getFieldError("annees[2].nbHommes").getCode()).isEqualTo("agrement.erreur.bilan-repartition");
        assertThat(erreurs.getFieldError("annees[3].hebergements[0].mois").getCode()).isEqualTo("agrement.erreur.mois");
        r = poster(mvc, u, id, "bilan", RemplissageDemande.bilan(LocalDate.now().getYear()),
                Categorie.AGR_BILANQUALITPERCEPTION, Categorie.AGR_BILANQUALITPERSPECTIVE,
                Categorie.AGR_BILANQUALITELEMARQ);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id + "/projet");
        assertThat(jdbc.sql("select jsonb_array_length(bilan -> 'annees') from agrement where id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(4);
        assertThat(incomplets(u, id)).isEmpty();
        assertThat(transmettre(u, id, version(id)).getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id);
        assertThat(sujets(o.email(), "/agrement/" + id)).containsExactly(
                "Portail VAO – Confirmation de transmission de votre demande de renouvellement d'agrément");
        assertThat(sujets(boiteDreets(), o.siret())).containsExactly(
                "Portail VAO – Nouvelle demande de renouvellement d'agrément reçue");

        // complements asked by the DREETS: modifiable again, sent back to TRANSMIS (A1 and A3)
        AuteurAgrement dreets = AuteurAgrement.de(Connectes.agent(9101, "IDF", "REG", "Agrement"));
        DemandeAgrement a = cycle.trouver(id).orElseThrow();
        a = cycle.appliquer(id, a.version(), ActionAgrement.PRENDRE_EN_CHARGE, dreets, null, null);
        a = cycle.appliquer(id, a.version(), ActionAgrement.DEMANDER_COMPLEMENTS, dreets,
                "Merci de joindre l'attestation d'assurance à jour", null);
        String page = mvc.perform(get("/agrement/" + id).with(en(u))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("La DREETS demande des compléments", "Merci de joindre l&#39;attestation");
        poster(mvc, u, id, "dossier", RemplissageDemande.dossier(), Categorie.AGR_ASSURRESP);
        assertThat(transmettre(u, id, version(id)).getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id);
        assertThat(statut(id)).isEqualTo("TRANSMIS");
        // A3: same subject as A2, the text says it came back after the complements; A1 again to the organiser
        assertThat(sujets(boiteDreets(), o.siret())).containsExactly(
                "Portail VAO – Nouvelle demande de renouvellement d'agrément reçue",
                "Portail VAO – Nouvelle demande de renouvellement d'agrément reçue");
        assertThat(corps(boiteDreets(), o.siret()).get(1)).contains("a renvoy=C3=A9 sa demande",
                "apr=C3=A8s avoir apport=C3=A9 les modifications demand=C3=A9es");
        assertThat(sujets(o.email(), "/agrement/" + id)).hasSize(2);

        // corrections after completeness: the timer pauses, the organiser's return resumes it (A4, no A1)
        a = cycle.trouver(id).orElseThrow();
        a = cycle.appliquer(id, a.version(), ActionAgrement.PRENDRE_EN_CHARGE, dreets, null, null);
        a = cycle.appliquer(id, a.version(), ActionAgrement.CONFIRMER_COMPLETUDE, dreets, null, null);
        a = cycle.appliquer(id, a.version(), ActionAgrement.DEMANDER_CORRECTIONS, dreets,
                "Le protocole d'évacuation doit être précisé", null);
        assertThat(transmettre(u, id, version(id)).getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id);
        assertThat(statut(id)).isEqualTo("EN_INSTRUCTION");
        assertThat(cycle.delai(id).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.RUNNING);
        // A4 to the DREETS (the delay resumes), no confirmation to the organiser
        assertThat(sujets(boiteDreets(), o.siret())).hasSize(3);
        assertThat(corps(boiteDreets(), o.siret()).get(2)).contains("corrections demand=C3=A9es");
        assertThat(sujets(o.email(), "/agrement/" + id)).hasSize(2);
        page = mvc.perform(get("/agrement/" + id).with(en(u))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Instruction en cours", "Délai en cours", "jours restants");
    }

    @Test
    void unRenouvellementTropTotEstRefuseEtUnEtablissementSecondaireNeDemandePas() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, LocalDate.now().plusYears(2));
        MvcResult r = mvc.perform(post("/agrement/demande").with(csrf()).with(en(o.membre()))).andReturn();
        assertThat(r.getFlashMap().get("erreur")).isEqualTo("agrement.refus.renouvellement-tot");
        long secondaire = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le,
                                       modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, false, true, '92', 'IDF', now(), now()) returning id""")
                .param("siret", o.siret().substring(0, 9) + "00029").param("siren", o.siret().substring(0, 9))
                .query(Long.class).single();
        long membre = jdbc.sql("""
                insert into organisateur (email, nom, prenom, telephone, siret, siret_verifie, region_code, statut)
                values (:email, 'Roux', 'Léa', '0612345678', :siret, true, 'IDF', 'VALIDATED') returning id""")
                .param("email", "secondaire-" + o.siret() + "@vao.test").param("siret", o.siret().substring(0, 9)
                        + "00029").query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", membre).param("o", secondaire).update();
        r = mvc.perform(post("/agrement/demande").with(csrf()).with(en(Connectes.organisateur(membre, "IDF"))))
                .andReturn();
        assertThat(r.getFlashMap().get("erreur")).isEqualTo("agrement.refus.etablissement-secondaire");
        assertThat(jdbc.sql("select count(*) from agrement where organisme_id in (:o, :s) and statut = 'BROUILLON'")
                .param("o", o.id()).param("s", secondaire).query(Integer.class).single()).isZero();
    }

    @Test
    void unePersonnePhysiqueTransmetSansProcesVerbal() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        jdbc.sql("update organisme set type = 'PERSONNE_PHYSIQUE' where id = :o").param("o", o.id()).update();
        jdbc.sql("""
                update organisme_identite set raison_sociale = null, nom_naissance = 'MARTIN', prenom = 'CLAIRE',
                    adresse_domicile = '8 quai de la Fosse 44000 Nantes', adresse_identique = true
                where organisme_id = :o""").param("o", o.id()).update();
        UtilisateurConnecte u = o.membre();
        long id = creer(u);
        poster(mvc, u, id, "coordonnees", RemplissageDemande.coordonnees());
        poster(mvc, u, id, "dossier", RemplissageDemande.dossier(), Categorie.AGR_IMMATRICUL, Categorie.AGR_ASSURRESP,
                Categorie.AGR_ASSURRAPAT);
        poster(mvc, u, id, "projet", RemplissageDemande.projet(), Categorie.AGR_PROJSEJCOMPETEXP,
                Categorie.AGR_PROJETSSEJOURSMESURES);
        assertThat(incomplets(u, id)).isEmpty();
        assertThat(mvc.perform(get("/agrement/" + id + "/coordonnees").with(en(u))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("MARTIN").doesNotContain("pieces[AGR_PROCVERBAL]");
        assertThat(transmettre(u, id, version(id)).getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id);
        assertThat(statut(id)).isEqualTo("TRANSMIS");
    }

    @Test
    void lOrganisateurDUnAutreOrganismeNAccedeANiModifieLaDemande() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        long id = creer(o.membre());
        UtilisateurConnecte autre = OrganismesAgrement.nouveau(jdbc, null).membre();
        for (String page : List.of("", "/coordonnees", "/synthese", "/suppression")) {
            assertThat(mvc.perform(get("/agrement/" + id + page).with(en(autre))).andReturn().getResponse()
                    .getStatus()).as(page).isEqualTo(403);
        }
        assertThat(poster(mvc, autre, id, "dossier", Map.of("motivations", "Intrus")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(transmettre(autre, id, version(id)).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/agrement/" + id + "/suppression").param("version", "" + version(id))
                .with(csrf()).with(en(autre))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(statut(id)).isEqualTo("BROUILLON");
        assertThat(jdbc.sql("select dossier is null from agrement where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void unFichierUniqueRemplaceLePrecedentEtLesAutresSAjoutent() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        UtilisateurConnecte u = o.membre();
        long id = creer(u);
        poster(mvc, u, id, "dossier", RemplissageDemande.dossier(), Categorie.AGR_IMMATRICUL,
                Categorie.AGR_MOTIVATIONS);
        poster(mvc, u, id, "dossier", RemplissageDemande.dossier(), Categorie.AGR_IMMATRICUL,
                Categorie.AGR_MOTIVATIONS);
        assertThat(categories(id)).containsExactlyInAnyOrder(Categorie.AGR_IMMATRICUL, Categorie.AGR_MOTIVATIONS,
                Categorie.AGR_MOTIVATIONS);
        // a file of another step's category is not attached by this one
        MvcResult r = poster(mvc, u, id, "dossier", RemplissageDemande.dossier(), Categorie.AGR_PROJSEJCOMPETEXP);
        assertThat(categories(id)).doesNotContain(Categorie.AGR_PROJSEJCOMPETEXP);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/agrement/" + id + "/projet");
        // a refused file (not a PDF/PNG/JPEG) is reported on its field, the rest of the input kept
        r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/agrement/" + id + "/dossier")
                .file(new org.springframework.mock.web.MockMultipartFile("fichier_AGR_ASSURRESP", "virus.exe",
                        "application/octet-stream", "MZ pas un pdf".getBytes(StandardCharsets.US_ASCII)))
                .param("motivations", "Texte conservé malgré le refus").with(csrf()).with(en(u))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(((BindingResult) r.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form"))
                .getFieldError("pieces[AGR_ASSURRESP]").getCode()).isEqualTo("organisme.documents.refus");
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Texte conservé malgré le refus");
        // the organisme's other members read its documents, nobody else
        String doc = jdbc.sql("""
                select id::text from document where rattachement_type = 'AGREMENT' and rattachement_id = :id
                and categorie = 'AGR_IMMATRICUL'""").param("id", id).query(String.class).single();
        assertThat(mvc.perform(get("/documents/" + doc).with(en(u))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/documents/" + doc).with(en(OrganismesAgrement.nouveau(jdbc, null).membre())))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/bo/documents/" + doc).with(en(Connectes.agent(9102, "IDF", "REG", "Agrement"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/bo/documents/" + doc).with(en(Connectes.agent(9103, "AURA", "REG", "Agrement"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void unBrouillonSeSupprimeAvecSesDocumentsMaisPasUneDemandeTransmise() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        UtilisateurConnecte u = o.membre();
        long id = creer(u);
        poster(mvc, u, id, "dossier", RemplissageDemande.dossier(), Categorie.AGR_IMMATRICUL);
        assertThat(mvc.perform(get("/agrement/" + id + "/suppression").with(en(u))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Supprimer définitivement");
        // a stale version is refused
        MvcResult r = mvc.perform(post("/agrement/" + id + "/suppression").param("version", "" + (version(id) - 1))
                .with(csrf()).with(en(u))).andReturn();
        assertThat(r.getFlashMap().get("erreur")).isEqualTo("agrement.modifie-entre-temps");
        r = mvc.perform(post("/agrement/" + id + "/suppression").param("version", "" + version(id)).with(csrf())
                .with(en(u))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/agrement");
        assertThat(jdbc.sql("select count(*) from agrement where id = :id").param("id", id).query(Integer.class)
                .single()).isZero();
        assertThat(categories(id)).isEmpty();

        long autre = creer(u);
        RemplissageDemande.completer(mvc, u, autre, false);
        transmettre(u, autre, version(autre));
        r = mvc.perform(post("/agrement/" + autre + "/suppression").param("version", "" + version(autre))
                .with(csrf()).with(en(u))).andReturn();
        assertThat(r.getFlashMap().get("erreur")).isEqualTo("agrement.refus.non-supprimable");
        assertThat(statut(autre)).isEqualTo("TRANSMIS");
    }
}
