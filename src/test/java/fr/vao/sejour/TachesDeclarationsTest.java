package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.organisme.Responsable;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.taches.RapportTache;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The jobs of the déclarations (spec §2.8.8, §6). The daily jobs run with the clock in 2025, before the stays of
 * every other test (they start after today), and the weekly recap in 2095, after them: each job only finds this
 * class's déclarations, and the assertions only look at this class's organismes, agents and déclarations.
 */
class TachesDeclarationsTest extends TestIntegration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate JOUR0 = LocalDate.of(2025, 3, 10);
    private static final LocalDate JOUR_RECAP = LocalDate.of(2095, 6, 6);
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final AtomicInteger NUMERO = new AtomicInteger();
    private static final String SUJET_RAPPEL = "Séjours VAO – Récapitulatif des déclarations de séjour en attente de "
            + "traitement de votre part (rappel J-8)";
    private static final String SUJET_RECAP = "Séjours VAO – Récapitulatif des déclarations de séjour en attente de "
            + "traitement de votre part";

    @Autowired
    TachesDeclarations taches;

    @Autowired
    DeclarationsSejour declarations;

    @Autowired
    EnvoiCourriels envoi;

    private OrganismesAgrees.Organisme organisme;

    @BeforeEach
    void preparer() throws Exception {
        // the mails of the other tests leave with the real clock, before this test moves it
        envoi.envoyerEnAttente();
        SMTP.purgeEmailFromAllMailboxes();
        regler(JOUR0);
        organisme = OrganismesAgrees.nouveau(jdbc, true);
    }

    private void regler(LocalDate jour) {
        horloge.regler(jour.atTime(10, 0).atZone(PARIS).toInstant());
    }

    /** A déclaration in this status, inserted as the module stores it, in the Paris hébergement. */
    private long declaration(OrganismesAgrees.Organisme o, Statut statut, LocalDate debut, LocalDate fin,
            String departement, String responsable) {
        DeclarationSejour modele = DeclarationsExemple.complete(Statut.BROUILLON);
        DeclarationSejour d = new DeclarationSejour(0, null, Statut.BROUILLON, o.id(), null,
                new InformationsGenerales("Séjour " + statut.name(), debut, fin, new Responsable("Martin", "Claire",
                        "Directrice", "1 rue de Rivoli 75001 Paris", "0612345678", responsable)),
                modele.vacanciers(), modele.personnel(), modele.equipe(), modele.projet(), modele.transport(), modele.sanitaire(),
                modele.hebergements(), null, 0);
        long id = declarations.inserer(d, Map.of("nom", "SEJOURS ADAPTES"), o.membre().id(),
                OffsetDateTime.now(horloge));
        String numero = statut == Statut.BROUILLON ? null
                : "DS-TT-" + departement + "-" + ProcessHandle.current().pid() % 1000 + "-" + NUMERO.incrementAndGet()
                        + "-" + System.nanoTime() % 100_000;
        jdbc.sql("update declaration_sejour set statut = :s, numero = :n, departement_suivi = :dep where id = :id")
                .param("s", statut.code()).param("n", numero).param("dep", departement).param("id", id).update();
        jdbc.sql("""
                insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version, nom,
                    departement, date_debut, date_fin)
                select :id, 0, hebergement_id, id, nom, departement, :debut, :fin from hebergement
                where hebergement_id = :h and courante""").param("id", id).param("h", o.paris())
                .param("debut", debut).param("fin", fin).update();
        return id;
    }

    private long declaration(Statut statut, LocalDate debut, LocalDate fin) {
        return declaration(organisme, statut, debut, fin, "75", "claire.martin@exemple.fr");
    }

    private String statut(long id) {
        return jdbc.sql("select statut from declaration_sejour where id = :id").param("id", id).query(String.class)
                .single();
    }

    private String numero(long id) {
        return jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id).query(String.class)
                .single();
    }

    private List<Map<String, Object>> historique(long id) {
        return jdbc.sql("select source, type, type_precision, agent_id, organisateur_id from declaration_historique "
                + "where declaration_id = :id order by id").param("id", id).query().listOfRows();
    }

    private List<String> types(long id) {
        return historique(id).stream().map(h -> (String) h.get("type")).toList();
    }

    private int executions(String tache) {
        return jdbc.sql("select count(*) from execution_tache where tache = :t").param("t", tache)
                .query(Integer.class).single();
    }

    // --- UPDATE_STATUT_DS ---

    @Test
    void lesStatutsSuiventLesDatesDesSejours() {
        long debutAujourdhui = declaration(Statut.VALIDEE_8J, JOUR0, JOUR0.plusDays(5));
        long debutHier = declaration(Statut.VALIDEE_8J, JOUR0.minusDays(1), JOUR0.plusDays(5));
        long debutDemain = declaration(Statut.VALIDEE_8J, JOUR0.plusDays(1), JOUR0.plusDays(5));
        long finHier = declaration(Statut.SEJOUR_EN_COURS, JOUR0.minusDays(10), JOUR0.minusDays(1));
        long finAujourdhui = declaration(Statut.SEJOUR_EN_COURS, JOUR0.minusDays(10), JOUR0);
        long validePasse = declaration(Statut.VALIDEE_8J, JOUR0.minusDays(10), JOUR0.minusDays(3));
        long attente = declaration(Statut.ATTENTE_8_JOURS, JOUR0.minusDays(1), JOUR0.plusDays(5));
        long aModifier = declaration(Statut.A_MODIFIER, JOUR0.minusDays(1), JOUR0.plusDays(5));
        long aModifier8j = declaration(Statut.A_MODIFIER_8J, JOUR0.minusDays(1), JOUR0.plusDays(5));
        long attenteAujourdhui = declaration(Statut.ATTENTE_8_JOURS, JOUR0, JOUR0.plusDays(5));
        List<Long> intouchables = new ArrayList<>();
        for (Statut s : List.of(Statut.BROUILLON, Statut.TRANSMISE, Statut.EN_COURS, Statut.REFUSEE,
                Statut.TRANSMISE_8J, Statut.EN_COURS_8J, Statut.REFUSEE_8J, Statut.TERMINEE, Statut.ANNULEE,
                Statut.ABANDONNEE)) {
            intouchables.add(declaration(s, JOUR0.minusDays(20), JOUR0.minusDays(12)));
        }
        int executions = executions("UPDATE_STATUT_DS");
        int versionAvant = jdbc.sql("select version from declaration_sejour where id = :id").param("id", attente)
                .query(Integer.class).single();

        RapportTache rapport = taches.mettreAJourStatuts();

        assertThat(rapport.erreurs()).isEmpty();
        assertThat(rapport.traites()).isGreaterThanOrEqualTo(7);
        assertThat(statut(debutAujourdhui)).isEqualTo("SEJOUR EN COURS");
        assertThat(statut(debutHier)).isEqualTo("SEJOUR EN COURS");
        assertThat(statut(debutDemain)).isEqualTo("VALIDEE 8J");
        assertThat(statut(finHier)).isEqualTo("TERMINEE");
        assertThat(statut(finAujourdhui)).as("the last day of the stay is still ongoing").isEqualTo("SEJOUR EN COURS");
        assertThat(statut(validePasse)).as("catch-up: straight to TERMINEE").isEqualTo("TERMINEE");
        assertThat(types(validePasse)).containsExactly("fin_sejour");
        assertThat(types(debutHier)).containsExactly("debut_sejour");
        assertThat(statut(attente)).isEqualTo("ABANDONNEE");
        assertThat(statut(aModifier)).isEqualTo("ABANDONNEE");
        assertThat(statut(aModifier8j)).isEqualTo("ABANDONNEE");
        assertThat(statut(attenteAujourdhui)).as("abandoned only once the start has passed")
                .isEqualTo("EN ATTENTE DECLARATION 8 JOURS");
        for (long id : intouchables) {
            assertThat(historique(id)).as("déclaration " + id + " not touched").isEmpty();
        }
        assertThat(intouchables.stream().map(this::statut).toList()).containsExactly("BROUILLON", "TRANSMISE",
                "EN COURS", "REFUSEE", "TRANSMISE 8J", "EN COURS 8J", "REFUSEE 8J", "TERMINEE", "ANNULEE",
                "ABANDONNEE");

        // the abandon: two entries of the platform's automaton, the second one naming the status it left
        List<Map<String, Object>> abandon = historique(aModifier8j);
        assertThat(abandon).hasSize(2);
        assertThat(abandon).allSatisfy(h -> {
            assertThat(h.get("source")).isEqualTo("Automate Plateforme VAO");
            assertThat(h.get("type")).isEqualTo("abandon");
            assertThat(h.get("agent_id")).isNull();
            assertThat(h.get("organisateur_id")).isNull();
        });
        assertThat(abandon.get(0).get("type_precision"))
                .isEqualTo("Annulation automatique de la déclaration : date de début du séjour dépassée");
        assertThat(abandon.get(1).get("type_precision")).isEqualTo("Statut précédent l'annulation : A MODIFIER 8J");
        assertThat(historique(attente).get(1).get("type_precision"))
                .isEqualTo("Statut précédent l'annulation : EN ATTENTE DECLARATION 8 JOURS");
        assertThat(jdbc.sql("select version from declaration_sejour where id = :id").param("id", attente)
                .query(Integer.class).single()).isEqualTo(versionAvant + 1);

        // run again the same day: nothing more happens
        RapportTache encore = taches.mettreAJourStatuts();
        assertThat(encore.erreurs()).isEmpty();
        assertThat(historique(attente)).hasSize(2);
        assertThat(types(debutHier)).containsExactly("debut_sejour");
        assertThat(executions("UPDATE_STATUT_DS")).as("each run recorded").isEqualTo(executions + 2);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'UPDATE_STATUT_DS'").query(Integer.class)
                .single()).as("run under its ShedLock lock").isEqualTo(1);
    }

    @Test
    void unJobQuiNAPasTourneRattrapeLesJoursManques() {
        long sejour = declaration(Statut.VALIDEE_8J, JOUR0.plusDays(2), JOUR0.plusDays(6));
        long attente = declaration(Statut.ATTENTE_8_JOURS, JOUR0.plusDays(2), JOUR0.plusDays(6));

        taches.mettreAJourStatuts();
        assertThat(List.of(statut(sejour), statut(attente))).containsExactly("VALIDEE 8J",
                "EN ATTENTE DECLARATION 8 JOURS");

        // the job did not run for 3 days: the stay started 2 days ago
        regler(JOUR0.plusDays(4));
        RapportTache rapport = taches.mettreAJourStatuts();
        assertThat(rapport.erreurs()).isEmpty();
        assertThat(statut(sejour)).isEqualTo("SEJOUR EN COURS");
        assertThat(statut(attente)).isEqualTo("ABANDONNEE");

        // nothing for a week: the stay is over
        regler(JOUR0.plusDays(11));
        taches.mettreAJourStatuts();
        assertThat(statut(sejour)).isEqualTo("TERMINEE");
        assertThat(types(sejour)).containsExactly("debut_sejour", "fin_sejour");
        assertThat(types(attente)).containsExactly("abandon", "abandon");
    }

    @Test
    void unSejourValideQuiSEstDerouleSansQueLeJobTourneVaDirectementATerminee() {
        long id = declaration(Statut.VALIDEE_8J, JOUR0.plusDays(2), JOUR0.plusDays(6));
        regler(JOUR0.plusDays(30));
        taches.mettreAJourStatuts();
        assertThat(statut(id)).isEqualTo("TERMINEE");
        assertThat(types(id)).containsExactly("fin_sejour");
    }

    @Test
    void uneDeclarationEnEchecNArretePasLesAutres() {
        long cassee = declaration(Statut.VALIDEE_8J, JOUR0.minusDays(1), JOUR0.plusDays(3));
        long saine = declaration(Statut.VALIDEE_8J, JOUR0.minusDays(1), JOUR0.plusDays(3));
        // a row the module cannot read any more: its transaction fails, the next déclaration is still processed
        jdbc.sql("update declaration_sejour set vacanciers = '[1]'::jsonb where id = :id").param("id", cassee)
                .update();
        try {
            RapportTache rapport = taches.mettreAJourStatuts();
            assertThat(rapport.erreurs()).hasSize(1);
            assertThat(rapport.erreurs().get(0)).startsWith("Déclaration " + cassee + " : ");
            assertThat(statut(saine)).isEqualTo("SEJOUR EN COURS");
            assertThat(statut(cassee)).isEqualTo("VALIDEE 8J");
            assertThat(jdbc.sql("select resultat from execution_tache where tache = 'UPDATE_STATUT_DS' "
                    + "order by id desc limit 1").query(String.class).single()).isEqualTo("ECHEC");
        } finally {
            jdbc.sql("delete from declaration_sejour where id = :id").param("id", cassee).update();
        }
    }

    // --- REQUEST_DS8J15J ---

    @Test
    void leRappelA8JoursPartUneFoisDansSaFenetre() throws Exception {
        // one through the pages: submitted, taken in charge and registered by the DDETS at J0
        Parcours parcours = new Parcours(mvc, jdbc);
        long parPages = parcours.transmise(organisme, JOUR0.plusDays(20), JOUR0.plusDays(27));
        UtilisateurConnecte ddets = Connectes.agent(990_000 + NUMERO.incrementAndGet(), "75", "DEP",
                "DemandeSejour_Ecriture");
        parcours.poster(ddets, "/bo/sejours/" + parPages + "/prise-en-charge",
                Map.of("version", "" + parcours.version(parPages)));
        parcours.poster(ddets, "/bo/sejours/" + parPages + "/enregistrement",
                Map.of("version", "" + parcours.version(parPages)));
        assertThat(statut(parPages)).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");
        long borneHaute = declaration(Statut.ATTENTE_8_JOURS, JOUR0.plusDays(23), JOUR0.plusDays(30));
        long borneBasse = declaration(Statut.ATTENTE_8_JOURS, JOUR0.plusDays(8), JOUR0.plusDays(12));
        long tropTot = declaration(Statut.ATTENTE_8_JOURS, JOUR0.plusDays(24), JOUR0.plusDays(30));
        long tropTard = declaration(Statut.ATTENTE_8_JOURS, JOUR0.plusDays(7), JOUR0.plusDays(12));
        long autreStatut = declaration(Statut.A_MODIFIER_8J, JOUR0.plusDays(20), JOUR0.plusDays(27));
        recus(organisme.email());

        RapportTache rapport = taches.rappelerDeclarations8Jours();

        assertThat(rapport.erreurs()).isEmpty();
        List<MimeMessage> rappels = recus(organisme.email());
        assertThat(rappels).extracting(TachesDeclarationsTest::sujet).containsOnly(SUJET_RAPPEL).hasSize(3);
        String textes = String.join("\n", rappels.stream().map(TachesDeclarationsTest::texte).toList());
        assertThat(textes).contains(numero(parPages), numero(borneHaute), numero(borneBasse))
                .doesNotContain(numero(tropTot), numero(tropTard), numero(autreStatut));
        String parPagesTexte = rappels.stream().map(TachesDeclarationsTest::texte)
                .filter(t -> t.contains(numero(parPages))).findFirst().orElseThrow();
        assertThat(parPagesTexte)
                .contains("Il vous reste 15 jours à compter du " + JJ_MM_AAAA.format(JOUR0.minusDays(3))
                        + " pour réaliser la déclaration de séjour à 8 jours")
                .contains("« Été à la mer », du " + JJ_MM_AAAA.format(JOUR0.plusDays(20)) + " au "
                        + JJ_MM_AAAA.format(JOUR0.plusDays(27)))
                .contains("au plus tard le " + JJ_MM_AAAA.format(JOUR0.plusDays(12)))
                .contains("http://localhost:8080/sejours/" + parPages);
        assertThat(rappel(parPages)).isTrue();
        assertThat(rappel(borneHaute)).isTrue();
        assertThat(rappel(tropTot)).isFalse();
        assertThat(rappel(tropTard)).isFalse();
        assertThat(statut(tropTard)).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");

        // once per déclaration: the next evening, only the one entering its window
        regler(JOUR0.plusDays(1));
        taches.rappelerDeclarations8Jours();
        List<MimeMessage> lendemain = recus(organisme.email());
        assertThat(lendemain).hasSize(1);
        assertThat(texte(lendemain.get(0))).contains(numero(tropTot))
                .contains("à compter du " + JJ_MM_AAAA.format(JOUR0.plusDays(1)));
        taches.rappelerDeclarations8Jours();
        assertThat(recus(organisme.email())).isEmpty();
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'REQUEST_DS8J15J'").query(Integer.class)
                .single()).as("run under its ShedLock lock").isEqualTo(1);
    }

    @Test
    void leRappelPartApresDesJoursManques() {
        long id = declaration(Statut.ATTENTE_8_JOURS, JOUR0.plusDays(30), JOUR0.plusDays(37));
        taches.rappelerDeclarations8Jours();
        assertThat(recus(organisme.email())).as("its window opens at J0 + 7").isEmpty();
        assertThat(rappel(id)).isFalse();

        // the job did not run from J0 + 7 to J0 + 19: sent at J0 + 20, once
        regler(JOUR0.plusDays(20));
        taches.rappelerDeclarations8Jours();
        List<MimeMessage> rappels = recus(organisme.email());
        assertThat(rappels).hasSize(1);
        assertThat(texte(rappels.get(0))).contains(numero(id))
                .contains("Il vous reste 15 jours à compter du " + JJ_MM_AAAA.format(JOUR0.plusDays(7)));
        assertThat(rappel(id)).isTrue();
        regler(JOUR0.plusDays(21));
        taches.rappelerDeclarations8Jours();
        assertThat(recus(organisme.email())).isEmpty();
    }

    private boolean rappel(long id) {
        return jdbc.sql("select rappel_8j_envoye from declaration_sejour where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    // --- REQUEST_ACTIONS_BO ---

    @Test
    void leRecapitulatifHebdomadaireEnvoieUnCourrielParDestinataire() {
        regler(JOUR_RECAP);
        String suffixe = "-" + NUMERO.incrementAndGet() + "-" + System.nanoTime() + "@vao.test";
        String agent48 = OrganismesAgrees.agent(jdbc, "48", "DemandeSejour_Ecriture");
        String agent48Eig = OrganismesAgrees.agent(jdbc, "48", "eig");
        String agent48Desactive = OrganismesAgrees.agent(jdbc, "48", "DemandeSejour_Ecriture");
        jdbc.sql("update agent set desactive = true where email = :e").param("e", agent48Desactive).update();
        String agentOccitanie = OrganismesAgrees.agent(jdbc, "OCC", "DemandeSejour_Ecriture");
        String agent2B = OrganismesAgrees.agent(jdbc, "2B", "DemandeSejour_Ecriture");
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        String responsable = "responsable-a" + suffixe;
        String responsableAutre = "responsable-b" + suffixe;
        LocalDate j = JOUR_RECAP;

        long urgente = declaration(organisme, Statut.ATTENTE_8_JOURS, j.plusDays(9), j.plusDays(15), "48", responsable);
        long aModifier = declaration(organisme, Statut.A_MODIFIER, j.plusDays(30), j.plusDays(35), "48",
                organisme.email());
        long dansDixJours = declaration(organisme, Statut.A_MODIFIER_8J, j.plusDays(10), j.plusDays(15), "48",
                responsable);
        long transmise = declaration(organisme, Statut.TRANSMISE, j, j.plusDays(5), "48", responsable);
        long enCours8j = declaration(organisme, Statut.EN_COURS_8J, j.plusDays(40), j.plusDays(45), "48",
                responsable);
        long commencee = declaration(organisme, Statut.ATTENTE_8_JOURS, j.minusDays(1), j.plusDays(5), "48",
                responsable);
        long validee = declaration(organisme, Statut.VALIDEE_8J, j.plusDays(5), j.plusDays(8), "48", responsable);
        declaration(organisme, Statut.BROUILLON, j.plusDays(5), j.plusDays(8), "48", responsable);
        long enCoursAutre = declaration(autre, Statut.EN_COURS, j.plusDays(20), j.plusDays(25), "2B",
                responsableAutre);
        long aModifierAutre = declaration(autre, Statut.A_MODIFIER_8J, j.plusDays(2), j.plusDays(6), "2B",
                responsableAutre);

        RapportTache rapport = taches.recapitulerActions();

        assertThat(rapport.erreurs()).isEmpty();
        envoi.envoyerEnAttente();
        // the DDETS of the département de suivi, whatever the role; not a deactivated agent, not the région
        for (String agent : List.of(agent48, agent48Eig)) {
            String texte = texte(seul(agent));
            assertThat(texte).contains(numero(transmise) + " - Maison des Lilas", numero(enCours8j))
                    .doesNotContain(numero(urgente), numero(aModifier), numero(dansDixJours), numero(commencee),
                            numero(validee), numero(enCoursAutre), numero(aModifierAutre))
                    .contains("http://localhost:8080/bo/sejours/" + transmise);
            assertThat(texte.indexOf("DECLARATIONS NECESSITANT UNE ACTION URGENTE"))
                    .isGreaterThanOrEqualTo(0).isLessThan(texte.indexOf(numero(transmise)));
            assertThat(texte.indexOf(numero(transmise))).isLessThan(texte.indexOf("AUTRES DECLARATIONS"));
            assertThat(texte.indexOf("AUTRES DECLARATIONS")).isLessThan(texte.indexOf(numero(enCours8j)));
            assertThat(texte).contains("Statut : Transmise", "Date de début : " + JJ_MM_AAAA.format(j),
                    "Statut : En cours d’instruction à 8 jours")
                    .doesNotContain("possibilité d’annuler");
        }
        assertThat(recus(agent48Desactive)).isEmpty();
        assertThat(recus(agentOccitanie)).isEmpty();
        String texte2B = texte(seul(agent2B));
        assertThat(texte2B).contains(numero(enCoursAutre)).doesNotContain(numero(transmise), numero(aModifierAutre))
                .contains("AUTRES DECLARATIONS").doesNotContain("ACTION URGENTE");

        // the organiser's users (the responsable of a déclaration who is also a user: one mail)
        String texteOrganisateur = texte(seul(organisme.email()));
        assertThat(texteOrganisateur).contains(numero(urgente), numero(aModifier), numero(dansDixJours))
                .doesNotContain(numero(transmise), numero(enCours8j), numero(commencee), numero(validee),
                        numero(aModifierAutre))
                .contains("Statut : En attente de la déclaration à 8 jours", "Statut : À modifier")
                .contains("vous avez toujours la possibilité d’annuler")
                .contains("http://localhost:8080/sejours/" + urgente);
        assertThat(texteOrganisateur.indexOf(numero(urgente)))
                .isGreaterThan(texteOrganisateur.indexOf("DECLARATIONS NECESSITANT UNE ACTION URGENTE"))
                .isLessThan(texteOrganisateur.indexOf("AUTRES DECLARATIONS"));
        assertThat(texteOrganisateur.indexOf(numero(dansDixJours))).as("10 days ahead is not urgent any more")
                .isGreaterThan(texteOrganisateur.indexOf("AUTRES DECLARATIONS"));
        assertThat(texteOrganisateur.indexOf(numero(dansDixJours)))
                .isLessThan(texteOrganisateur.indexOf(numero(aModifier)));
        // the responsable of a stay gets its own déclarations only
        assertThat(texte(seul(responsable))).contains(numero(urgente), numero(dansDixJours))
                .doesNotContain(numero(aModifier), numero(transmise));
        assertThat(texte(seul(autre.email()))).contains(numero(aModifierAutre)).doesNotContain(numero(urgente));
        assertThat(texte(seul(responsableAutre))).contains(numero(aModifierAutre))
                .doesNotContain(numero(enCoursAutre));
        assertThat(jdbc.sql("select resultat from execution_tache where tache = 'REQUEST_ACTIONS_BO' "
                + "order by id desc limit 1").query(String.class).single()).isEqualTo("SUCCES");
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'REQUEST_ACTIONS_BO'").query(Integer.class)
                .single()).as("run under its ShedLock lock").isEqualTo(1);
    }

    // --- mails ---

    /** The mails this address received since the last call: each is returned once. */
    private final java.util.Set<String> vus = new java.util.HashSet<>();

    private List<MimeMessage> recus(String adresse) {
        envoi.envoyerEnAttente();
        List<MimeMessage> recus = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            try {
                boolean pourLui = Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(adresse));
                if (pourLui && vus.add(m.getMessageID() + "|" + adresse)) {
                    recus.add(m);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return recus;
    }

    private MimeMessage seul(String adresse) {
        List<MimeMessage> recus = recus(adresse);
        assertThat(recus).as("mails of " + adresse).hasSize(1);
        assertThat(sujet(recus.get(0))).isEqualTo(SUJET_RECAP);
        return recus.get(0);
    }

    private static String sujet(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part. */
    private static String texte(MimeMessage m) {
        try {
            StringBuilder sortie = new StringBuilder();
            extraire(m, sortie);
            return sortie.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extraire(Part p, StringBuilder sortie) throws MessagingException, IOException {
        if (p.isMimeType("text/plain")) {
            sortie.append(p.getContent()).append('\n');
        } else if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart partie = mp.getBodyPart(i);
                extraire(partie, sortie);
            }
        }
    }
}
