package fr.vao.compte.organisateur;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import fr.vao.compte.Jetons;
import fr.vao.compte.connexion.Comptes;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Scenario 2 (spec §2.1 steps 4–5, §2.3, §1.1): the request of a new account goes to the validated users of its
 * organisme (or of the siège), who validate or refuse it from the "Utilisateurs" page, deactivate and reactivate
 * colleagues, and manage the EIG roles.
 */
class ValidationCollegueTest extends TestOrganisateur {

    private static final AtomicInteger SIREN = new AtomicInteger(921_000_000);
    private static final String REGION = "NAQ";
    private static final String DREETS = "dreets-naq-collegues@vao.test";

    @Autowired
    Jetons jetons;

    @Autowired
    Comptes comptes;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    /** A stored session of this organiser, as a login leaves it. */
    private void sessionOuverte(long id) {
        enregistrer(sessions, UtilisateurConnecte.cle(Portail.FO, id));
    }

    private static <S extends Session> void enregistrer(FindByIndexNameSessionRepository<S> depot, String principal) {
        S session = depot.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principal);
        depot.save(session);
    }

    @BeforeEach
    void preparer() throws Exception {
        envoyer();
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("update fiche_territoire set service_email = :e where territoire_code = :r").param("e", DREETS)
                .param("r", REGION).update();
    }

    private static String siren() {
        return String.valueOf(SIREN.incrementAndGet());
    }

    private long compte(String email, String statut, String siret) {
        return creerOrganisateur(email, statut, REGION, siret, true);
    }

    private long organisme(String type, String siret, boolean porteur, long... membres) {
        long id = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, cree_le, modifie_le)
                values (:type, :siret, :siren, :porteur, now(), now()) returning id""")
                .param("type", type).param("siret", siret).param("siren", siret.substring(0, 9))
                .param("porteur", porteur).query(Long.class).single();
        for (long m : membres) {
            jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                    .param("u", m).param("o", id).update();
        }
        return id;
    }

    private UtilisateurConnecte connecte(long id, String email) {
        return new UtilisateurConnecte(Portail.FO, id, email, "Durand", "Alice", java.util.Set.of(), REGION, null);
    }

    /** Clicks the e-mail validation link of this account (NEED_EMAIL_VALIDATION → NEED_SIRET_VALIDATION). */
    private void confirmerEmail(long id) throws Exception {
        String jeton = jetons.creer(Portail.FO, id, Jetons.Usage.VALIDATION_EMAIL, Duration.ofMinutes(60));
        mvc.perform(post("/connexion/validation").with(csrf()).param("jeton", jeton)).andExpect(status().isOk());
    }

    private Map<String, Object> etat(long id) {
        return jdbc.sql("""
                select statut, motif_refus, traite_par_organisateur_id, traite_par_agent_id, traite_le
                from organisateur where id = :id""").param("id", id).query().singleRow();
    }

    private boolean membre(long compte, long organisme) {
        return jdbc.sql("select count(*) from organisme_membre where organisateur_id = :u and organisme_id = :o")
                .param("u", compte).param("o", organisme).query(Integer.class).single() == 1;
    }

    @Test
    void unCompteDuMemeSiretEstAnnonceAuxCollèguesValidesEtPasALaDreets() throws Exception {
        String siret = siren() + "00011";
        long valide = compte("s2-valide-" + siret + "@vao.test", "VALIDATED", siret);
        long bloque = compte("s2-bloque-" + siret + "@vao.test", "BLOCKED", siret);
        organisme("PERSONNE_MORALE", siret, true, valide, bloque);
        String email = "s2-demandeur-" + siret + "@vao.test";
        long demandeur = compte(email, "NEED_EMAIL_VALIDATION", siret);

        confirmerEmail(demandeur);

        assertThat(etat(demandeur).get("statut")).isEqualTo("NEED_SIRET_VALIDATION");
        MimeMessage m5 = seulRecuPar(email);
        assertThat(sujet(m5)).isEqualTo("VAO - confirmation de votre demande d'inscription");
        assertThat(texte(m5)).contains("transmise aux utilisateurs déjà inscrits de votre organisme")
                .doesNotContain("DREETS");
        MimeMessage m6 = seulRecuPar("s2-valide-" + siret + "@vao.test");
        assertThat(sujet(m6)).isEqualTo("Portail VAO Administration - Validation de compte");
        assertThat(texte(m6)).contains("Durand").contains("Alice").contains(email).contains("0612345678")
                .contains("Traiter la demande").contains("http://localhost:8080/organisme/utilisateurs");
        assertThat(recusPar("s2-bloque-" + siret + "@vao.test")).isEmpty();
        assertThat(recusPar(DREETS)).isEmpty();
    }

    @Test
    void sansUtilisateurValideDeSonEtablissementLaDemandeVaAuSiegeSocial() throws Exception {
        String siren = siren();
        long siege = compte("s2-siege-" + siren + "@vao.test", "VALIDATED", siren + "00011");
        organisme("PERSONNE_MORALE", siren + "00011", true, siege);
        long secondaireBloque = compte("s2-sec-bloque-" + siren + "@vao.test", "BLOCKED", siren + "00029");
        organisme("PERSONNE_MORALE", siren + "00029", false, secondaireBloque);
        String email = "s2-demandeur-sec-" + siren + "@vao.test";
        long demandeur = compte(email, "NEED_EMAIL_VALIDATION", siren + "00029");

        confirmerEmail(demandeur);

        assertThat(texte(seulRecuPar("s2-siege-" + siren + "@vao.test"))).contains(email).contains(siren + "00029");
        assertThat(sujet(seulRecuPar(email))).isEqualTo("VAO - confirmation de votre demande d'inscription");
        assertThat(recusPar(DREETS)).isEmpty();

        // the siège validates it from its page; the new user joins the établissement secondaire
        UtilisateurConnecte s = connecte(siege, "s2-siege-" + siren + "@vao.test");
        mvc.perform(get("/organisme/utilisateurs").with(en(s))).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Établissement secondaire")));
        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/validation").with(csrf()).with(en(s)))
                .andExpect(redirectedUrl("/organisme/utilisateurs"));
        assertThat(etat(demandeur).get("statut")).isEqualTo("VALIDATED");
        long secondaire = jdbc.sql("select id from organisme where siret = :s").param("s", siren + "00029")
                .query(Long.class).single();
        assertThat(membre(demandeur, secondaire)).isTrue();
        // the accounts of an établissement secondaire are read-only for the siège
        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/desactivation").with(csrf()).with(en(s)))
                .andExpect(status().isForbidden());
        assertThat(etat(demandeur).get("statut")).isEqualTo("VALIDATED");
    }

    @Test
    void sansOrganismeConnuLaDreetsValide() throws Exception {
        String siret = siren() + "00011";
        String email = "s1-demandeur-" + siret + "@vao.test";
        long demandeur = compte(email, "NEED_EMAIL_VALIDATION", siret);

        confirmerEmail(demandeur);

        assertThat(texte(seulRecuPar(email))).contains("transmise à la DREETS de la région Nouvelle-Aquitaine");
        assertThat(texte(seulRecuPar(DREETS))).contains(email).contains("/bo/validation-ova");
    }

    @Test
    void unCollegueValideLaDemandeQuiRejointLOrganismeEtRecoitM7() throws Exception {
        String siret = siren() + "00011";
        String emailValide = "s2-validateur-" + siret + "@vao.test";
        long valide = compte(emailValide, "VALIDATED", siret);
        long organisme = organisme("PERSONNE_MORALE", siret, true, valide);
        String email = "s2-nouveau-" + siret + "@vao.test";
        long demandeur = compte(email, "NEED_SIRET_VALIDATION", siret);
        UtilisateurConnecte u = connecte(valide, emailValide);

        mvc.perform(get("/organisme/utilisateurs").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>Utilisateurs de l’organisme (2 comptes)")))
                .andExpect(content().string(containsString("En attente de validation")))
                .andExpect(content().string(containsString("Valider la demande de Alice Durand")));
        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/validation").with(csrf()).with(en(u)))
                .andExpect(redirectedUrl("/organisme/utilisateurs"));

        Map<String, Object> etat = etat(demandeur);
        assertThat(etat.get("statut")).isEqualTo("VALIDATED");
        assertThat(etat.get("traite_par_organisateur_id")).isEqualTo(valide);
        assertThat(etat.get("traite_par_agent_id")).isNull();
        assertThat(etat.get("traite_le")).isNotNull();
        assertThat(membre(demandeur, organisme)).isTrue();
        assertThat(sujet(seulRecuPar(email))).isEqualTo("VAO - Inscription validée, prochaines étapes pour votre compte");
        assertThat(attendreAudit("COMPTE_VALIDE", "FO:" + valide + " %", email)).isTrue();

        // already treated: a second click changes nothing
        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/validation").with(csrf()).with(en(u)))
                .andExpect(status().isConflict());
    }

    @Test
    void unCollegueRefuseAvecUnMotifObligatoireEtLeDemandeurRecoitM9() throws Exception {
        String siret = siren() + "00011";
        String emailValide = "s2-refuseur-" + siret + "@vao.test";
        long valide = compte(emailValide, "VALIDATED", siret);
        organisme("PERSONNE_PHYSIQUE", siret, true, valide);
        String email = "s2-refuse-" + siret + "@vao.test";
        long demandeur = compte(email, "NEED_SIRET_VALIDATION", siret);
        UtilisateurConnecte u = connecte(valide, emailValide);

        mvc.perform(get("/organisme/utilisateurs/" + demandeur + "/refus").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Motif du refus")));
        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/refus").with(csrf()).with(en(u))
                .param("motif", "   ")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Saisissez le motif du refus")));
        assertThat(etat(demandeur).get("statut")).isEqualTo("NEED_SIRET_VALIDATION");

        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/refus").with(csrf()).with(en(u))
                .param("motif", "Inconnu")).andExpect(redirectedUrl("/organisme/utilisateurs"));
        Map<String, Object> etat = etat(demandeur);
        assertThat(etat.get("statut")).isEqualTo("BLOCKED");
        assertThat(etat.get("motif_refus")).isEqualTo("Inconnu");
        assertThat(etat.get("traite_par_organisateur_id")).isEqualTo(valide);
        MimeMessage m9 = seulRecuPar(email);
        assertThat(sujet(m9)).isEqualTo("Refus d'inscription de votre organisme sur la plateforme VAO");
        assertThat(texte(m9)).contains("L’organisateur VAO que vous avez souhaité rejoindre").contains("Inconnu");
        assertThat(attendreAudit("COMPTE_REFUSE", "FO:" + valide + " %", email)).isTrue();
    }

    @Test
    void unUtilisateurDUneAutreOrganisationOuNonValideNePeutPasTraiterLaDemande() throws Exception {
        String siret = siren() + "00011";
        long valide = compte("s2-proprio-" + siret + "@vao.test", "VALIDATED", siret);
        String emailBloque = "s2-membre-bloque-" + siret + "@vao.test";
        long bloque = compte(emailBloque, "BLOCKED", siret);
        organisme("PERSONNE_MORALE", siret, true, valide, bloque);
        long demandeur = compte("s2-cible-" + siret + "@vao.test", "NEED_SIRET_VALIDATION", siret);

        String autreSiret = siren() + "00011";
        String emailAutre = "s2-autre-" + autreSiret + "@vao.test";
        long autre = compte(emailAutre, "VALIDATED", autreSiret);
        organisme("PERSONNE_MORALE", autreSiret, true, autre);
        UtilisateurConnecte etranger = connecte(autre, emailAutre);

        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/validation").with(csrf()).with(en(etranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisme/utilisateurs/" + demandeur + "/refus").with(en(etranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/refus").with(csrf()).with(en(etranger))
                .param("motif", "Pas chez nous")).andExpect(status().isNotFound());
        mvc.perform(post("/organisme/utilisateurs/" + valide + "/desactivation").with(csrf()).with(en(etranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisme/utilisateurs").with(en(etranger))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("s2-cible-" + siret))));

        // a member whose account is not VALIDATED (a session that outlived a deactivation) cannot act
        UtilisateurConnecte nonValide = connecte(bloque, emailBloque);
        mvc.perform(post("/organisme/utilisateurs/" + demandeur + "/validation").with(csrf()).with(en(nonValide)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisme/utilisateurs/" + valide + "/desactivation").with(csrf()).with(en(nonValide)))
                .andExpect(status().isForbidden());
        assertThat(etat(demandeur).get("statut")).isEqualTo("NEED_SIRET_VALIDATION");
        assertThat(etat(valide).get("statut")).isEqualTo("VALIDATED");
    }

    @Test
    void unCollegueEstDesactiveAvecUnCourrielPuisReactiveMaisJamaisLeDernierValide() throws Exception {
        String siret = siren() + "00011";
        String emailA = "s2-a-" + siret + "@vao.test";
        String emailB = "s2-b-" + siret + "@vao.test";
        long a = compte(emailA, "VALIDATED", siret);
        long b = compte(emailB, "VALIDATED", siret);
        organisme("PERSONNE_MORALE", siret, true, a, b);
        UtilisateurConnecte ua = connecte(a, emailA);
        sessionOuverte(b);
        assertThat(sessions.findByPrincipalName(UtilisateurConnecte.cle(Portail.FO, b))).hasSize(1);

        mvc.perform(post("/organisme/utilisateurs/" + b + "/desactivation").with(csrf()).with(en(ua)))
                .andExpect(redirectedUrl("/organisme/utilisateurs"));
        assertThat(etat(b).get("statut")).isEqualTo("BLOCKED");
        assertThat(sessions.findByPrincipalName(UtilisateurConnecte.cle(Portail.FO, b))).as("sessions ended")
                .isEmpty();
        MimeMessage m12 = seulRecuPar(emailB);
        assertThat(sujet(m12)).isEqualTo("Portail VAO - Votre compte a été désactivé par votre organisme");
        assertThat(texte(m12)).contains("désactivé par un utilisateur de votre organisme");
        assertThat(attendreAudit("COMPTE_DESACTIVE", "FO:" + a + " %", emailB)).isTrue();

        // A is now the last validated user: refused, with the reason
        mvc.perform(post("/organisme/utilisateurs/" + a + "/desactivation").with(csrf()).with(en(ua)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Le dernier utilisateur validé de l’organisme ne peut pas être désactivé.")));
        assertThat(etat(a).get("statut")).isEqualTo("VALIDATED");

        mvc.perform(post("/organisme/utilisateurs/" + b + "/reactivation").with(csrf()).with(en(ua)))
                .andExpect(redirectedUrl("/organisme/utilisateurs"));
        assertThat(etat(b).get("statut")).isEqualTo("VALIDATED");
        assertThat(attendreAudit("COMPTE_REACTIVE", "FO:" + a + " %", emailB)).isTrue();

        // never oneself, even when others remain
        mvc.perform(post("/organisme/utilisateurs/" + a + "/desactivation").with(csrf()).with(en(ua)))
                .andExpect(status().isForbidden());
        assertThat(etat(a).get("statut")).isEqualTo("VALIDATED");
    }

    @Test
    void seulUnDetenteurDEigEcritureGereLesRolesQuiSontChargesALaConnexion() throws Exception {
        String siret = siren() + "00011";
        String emailA = "s2-eig-a-" + siret + "@vao.test";
        String emailB = "s2-eig-b-" + siret + "@vao.test";
        long a = compte(emailA, "VALIDATED", siret);
        long b = compte(emailB, "VALIDATED", siret);
        organisme("PERSONNE_MORALE", siret, true, a, b);
        UtilisateurConnecte ua = connecte(a, emailA);

        mvc.perform(post("/organisme/utilisateurs/" + b + "/roles").with(csrf()).with(en(ua))
                .param("roles", "Eig_Lecture")).andExpect(status().isForbidden());
        assertThat(comptes.utilisateur(comptes.parId(Portail.FO, b).orElseThrow()).roles()).isEmpty();

        jdbc.sql("insert into organisateur_role (organisateur_id, role, accorde_le) values (:a, 'Eig_Ecriture', now())")
                .param("a", a).update();
        mvc.perform(get("/organisme/utilisateurs").with(en(ua))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enregistrer les rôles de Alice Durand")));
        mvc.perform(post("/organisme/utilisateurs/" + b + "/roles").with(csrf()).with(en(ua))
                .param("roles", "Eig_Lecture")).andExpect(redirectedUrl("/organisme/utilisateurs"));
        assertThat(comptes.utilisateur(comptes.parId(Portail.FO, b).orElseThrow()).roles())
                .containsExactly("Eig_Lecture");
        assertThat(comptes.utilisateur(comptes.parId(Portail.FO, a).orElseThrow()).roles())
                .containsExactly("Eig_Ecriture");
        assertThat(attendreAudit("ROLES_MODIFIES", "FO:" + a + " %", emailB)).isTrue();

        mvc.perform(post("/organisme/utilisateurs/" + b + "/roles").with(csrf()).with(en(ua))
                .param("roles", "Administrateur")).andExpect(status().isBadRequest());
        // no role at all: revoked
        mvc.perform(post("/organisme/utilisateurs/" + b + "/roles").with(csrf()).with(en(ua)))
                .andExpect(redirectedUrl("/organisme/utilisateurs"));
        assertThat(comptes.utilisateur(comptes.parId(Portail.FO, b).orElseThrow()).roles()).isEmpty();
        // not one's own roles
        mvc.perform(post("/organisme/utilisateurs/" + a + "/roles").with(csrf()).with(en(ua)))
                .andExpect(status().isForbidden());
    }
}
