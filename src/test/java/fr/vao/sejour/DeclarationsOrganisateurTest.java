package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.TestIntegration;

/**
 * The organiser's 2-month declaration through its pages (spec §2.8.3): creation, each step saved on its own with
 * its rules on the server, the submission with the numéro, the visibility rows, the history and the mails D1/D2;
 * and what is refused: another organisme's déclaration, a stale version, an incomplete or unauthorised submission.
 */
class DeclarationsOrganisateurTest extends TestIntegration {

    @Autowired
    EnvoiCourriels envoi;

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
    }

    private Parcours parcours;

    @org.junit.jupiter.api.BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
    }

    private int version(long id) {
        return parcours.version(id);
    }

    private MvcResult poster(UtilisateurConnecte u, String chemin, Map<String, String> champs) throws Exception {
        return parcours.poster(u, chemin, champs);
    }

    private long creer(OrganismesAgrees.Organisme o, LocalDate debut, LocalDate fin) throws Exception {
        return parcours.creer(o, debut, fin);
    }

    private void completer(OrganismesAgrees.Organisme o, long id, LocalDate debut, LocalDate fin) throws Exception {
        parcours.completer(o, id, debut, fin);
    }

    private static final Map<String, String> ATTESTATION = Parcours.ATTESTATION;

    private static Map<String, String> avec(Map<String, String> m, String cle, String valeur) {
        return Parcours.avec(m, cle, valeur);
    }

    private List<String> recusPar(String email) {
        return Parcours.sujetsRecus(envoi, SMTP, email);
    }

    @Test
    void unOrganisateurDeclareUnSejourEtapeParEtapePuisLeTransmet() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String ddets75 = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        String lecture75 = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Lecture");
        LocalDate debut = aujourdhui().plusMonths(3);
        LocalDate fin = debut.plusDays(10);

        mvc.perform(get("/sejours/nouvelle").with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lefebvre")));
        long id = creer(o, debut, fin);
        assertThat(jdbc.sql("select statut from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("BROUILLON");
        assertThat(jdbc.sql("select transport->>'precisionModeOrganisation' from declaration_sejour where id = :id")
                .param("id", id).query(String.class).single()).as("the fiche's protocol is copied")
                .isEqualTo("Car affrété depuis le siège");

        // a rule broken on a step: the page comes back with the error next to its field, nothing is stored
        MvcResult faux = poster(o.membre(), "/sejours/" + id + "/vacanciers", Map.of("version", "" + version(id),
                "femmes", "4", "hommes", "6", "total", "11", "tranchesAge", "18_39", "deficiences", "moteur",
                "precisionDeficiences", "Fauteuils roulants"));
        assertThat(faux.getResponse().getStatus()).isEqualTo(200);
        assertThat(faux.getResponse().getContentAsString()).contains("L’effectif total doit être égal")
                .contains("value=\"11\"");
        completer(o, id, debut, fin);

        // the synthèse: every step complete, the attestation is required
        assertThat(poster(o.membre(), "/sejours/" + id + "/synthese", Map.of("version", "" + version(id), "nom",
                "Lefebvre", "prenom", "Julie", "qualite", "Directrice")).getResponse().getContentAsString())
                .contains("Cochez la case pour certifier");
        MvcResult transmise = poster(o.membre(), "/sejours/" + id + "/synthese", avec(ATTESTATION, "version",
                "" + version(id)));
        assertThat(transmise.getResponse().getRedirectedUrl()).isEqualTo("/sejours");

        Map<String, Object> ligne = jdbc.sql("""
                select statut, numero, departement_suivi, attestation->>'qualite' qualite from declaration_sejour
                where id = :id""").param("id", id).query().singleRow();
        assertThat(ligne.get("statut")).isEqualTo("TRANSMISE");
        assertThat((String) ligne.get("numero")).matches("DS-" + String.format("%02d", debut.getYear() % 100)
                + "-75-\\d{4,}");
        assertThat(ligne.get("departement_suivi")).isEqualTo("75");
        assertThat(ligne.get("qualite")).isEqualTo("Directrice");
        assertThat(jdbc.sql("select territoire from declaration_visibilite where declaration_id = :id order by 1")
                .param("id", id).query(String.class).list()).containsExactly("75", "FRA", "IDF");
        assertThat(jdbc.sql("select type from declaration_historique where declaration_id = :id order by id")
                .param("id", id).query(String.class).list()).containsExactly("creation", "depot_2m");

        // D1 to the organiser, D2 to the DDETS agents who instruct (not to a read-only agent)
        String numero = (String) ligne.get("numero");
        assertThat(recusPar(o.email()))
                .containsExactly("Portail VAO - Transmission de la déclaration de séjour VAO n°" + numero);
        assertThat(recusPar(ddets75))
                .containsExactly("Portail VAO - Nouvelle déclaration déposée : " + numero);
        assertThat(recusPar(lecture75)).isEmpty();

        // submitted: read-only, and listed with its numéro
        assertThat(poster(o.membre(), "/sejours/" + id + "/projet", Map.of("version", "" + version(id),
                "destinations", "montagne")).getResponse().getContentAsString()).contains("en lecture seule");
        mvc.perform(get("/sejours").param("numero", numero).with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(numero)));
    }

    @Test
    void leNumeroNEstDonneQuALaPremiereTransmissionEtLesSequencesSontUniques() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = aujourdhui().plusMonths(4);
        long a = creer(o, debut, debut.plusDays(5));
        completer(o, a, debut, debut.plusDays(5));
        long b = creer(o, debut, debut.plusDays(5));
        completer(o, b, debut, debut.plusDays(5));
        poster(o.membre(), "/sejours/" + a + "/synthese", avec(ATTESTATION, "version", "" + version(a)));
        poster(o.membre(), "/sejours/" + b + "/synthese", avec(ATTESTATION, "version", "" + version(b)));
        List<String> numeros = jdbc.sql("select numero from declaration_sejour where id in (:a, :b)")
                .param("a", a).param("b", b).query(String.class).list();
        assertThat(numeros).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void uneDeclarationIncompleteOuDejaModifieeEntreTempsNEstPasTransmise() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = aujourdhui().plusMonths(3);
        long id = creer(o, debut, debut.plusDays(7));
        MvcResult incomplete = poster(o.membre(), "/sejours/" + id + "/synthese", avec(ATTESTATION, "version",
                "" + version(id)));
        assertThat(incomplete.getResponse().getContentAsString()).contains("La déclaration est incomplète");
        assertThat(jdbc.sql("select statut from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("BROUILLON");

        // an étape that leaves the stay uncovered is accepted, the submission is not
        completer(o, id, debut, debut.plusDays(3));
        MvcResult trou = poster(o.membre(), "/sejours/" + id + "/synthese", avec(ATTESTATION, "version",
                "" + version(id)));
        assertThat(trou.getResponse().getContentAsString()).contains("couvrir tout le séjour");

        // a version seen before another save: refused, nothing overwritten
        int ancienne = version(id) - 1;
        MvcResult conflit = poster(o.membre(), "/sejours/" + id + "/projet", Map.of("version", "" + ancienne,
                "destinations", "montagne"));
        assertThat(conflit.getResponse().getContentAsString()).contains("modifiée entre-temps");
        assertThat(jdbc.sql("select projet->>'destinations' from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single()).contains("mer").doesNotContain("montagne");
    }

    @Test
    void sansAgrementValideOnNePeutPasDeclarer() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, false);
        mvc.perform(get("/sejours/nouvelle").with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("pas d’agrément VAO")));
        LocalDate debut = aujourdhui().plusMonths(3);
        MvcResult r = poster(o.membre(), "/sejours/nouvelle", Map.of("libelle", "Été", "dateDebut",
                debut.toString(), "dateFin", debut.plusDays(3).toString()));
        assertThat(r.getResponse().getContentAsString()).contains("pas d’agrément VAO");
        assertThat(jdbc.sql("select count(*) from declaration_sejour where organisme_id = :o").param("o", o.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void unAutreOrganismeNeVoitNiNeModifieLaDeclaration() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = aujourdhui().plusMonths(3);
        long id = creer(o, debut, debut.plusDays(7));
        mvc.perform(get("/sejours/" + id + "/informations").with(en(autre.membre())))
                .andExpect(status().isNotFound());
        assertThat(poster(autre.membre(), "/sejours/" + id + "/projet", Map.of("version", "" + version(id),
                "destinations", "mer")).getResponse().getStatus()).isEqualTo(404);
        assertThat(poster(autre.membre(), "/sejours/" + id + "/supprimer", Map.of("version", "" + version(id)))
                .getResponse().getStatus()).isEqualTo(404);
        // another organisme's hébergement cannot be chosen
        MvcResult etranger = poster(o.membre(), "/sejours/" + id + "/hebergements", Map.of("version",
                "" + version(id), "hebergementId", autre.paris().toString(), "etape.dateDebut", debut.toString(),
                "etape.dateFin", debut.plusDays(7).toString()));
        assertThat(etranger.getResponse().getStatus()).isEqualTo(404);
        mvc.perform(get("/sejours").with(en(autre.membre()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Aucune déclaration")));
    }

    @Test
    void unBrouillonSeSupprimeUneDeclarationTransmiseNon() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = aujourdhui().plusMonths(3);
        long brouillon = creer(o, debut, debut.plusDays(7));
        poster(o.membre(), "/sejours/" + brouillon + "/supprimer", Map.of("version", "" + version(brouillon)));
        assertThat(jdbc.sql("select count(*) from declaration_sejour where id = :id").param("id", brouillon)
                .query(Long.class).single()).isZero();

        long transmise = creer(o, debut, debut.plusDays(7));
        completer(o, transmise, debut, debut.plusDays(7));
        poster(o.membre(), "/sejours/" + transmise + "/synthese", avec(ATTESTATION, "version",
                "" + version(transmise)));
        MvcResult r = poster(o.membre(), "/sejours/" + transmise + "/supprimer", Map.of("version",
                "" + version(transmise)));
        assertThat(r.getFlashMap().get("erreur")).isEqualTo("sejour.transition.SUPPRIMER");
        assertThat(jdbc.sql("select count(*) from declaration_sejour where id = :id").param("id", transmise)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void uneDeclarationTransmiseSAnnuleDefinitivementEtLesServicesSontAvises() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        String ddets75 = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        LocalDate debut = aujourdhui().plusMonths(3);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        assertThat(poster(autre.membre(), "/sejours/" + id + "/annuler", Map.of("version", "" + version(id)))
                .getResponse().getStatus()).isEqualTo(404);
        MvcResult r = poster(o.membre(), "/sejours/" + id + "/annuler", Map.of("version", "" + version(id)));
        assertThat(r.getFlashMap().get("succes")).isEqualTo("sejour.annulee");
        assertThat(parcours.statut(id)).isEqualTo("ANNULEE");
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(recusPar(o.email())).contains("Portail VAO - Déclaration annulée : " + numero);
        assertThat(recusPar(ddets75)).contains("Portail VAO - Déclaration annulée : " + numero);
        assertThat(poster(o.membre(), "/sejours/" + id + "/annuler", Map.of("version", "" + version(id)))
                .getFlashMap().get("erreur")).isEqualTo("sejour.transition.ANNULER");
        assertThat(jdbc.sql("select type from declaration_historique where declaration_id = :id order by id")
                .param("id", id).query(String.class).list()).endsWith("annulation");
    }

    @Test
    void uneDeclarationSeDupliqueEnBrouillonAvecSonContenuEtSesHebergements() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = aujourdhui().plusMonths(3);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();

        assertThat(poster(autre.membre(), "/sejours/" + id + "/dupliquer", Map.of()).getResponse().getStatus())
                .isEqualTo(404);
        MvcResult r = poster(o.membre(), "/sejours/" + id + "/dupliquer", Map.of());
        assertThat(r.getFlashMap().get("succes")).isEqualTo("sejour.dupliquee");
        long copie = Long.parseLong(r.getResponse().getRedirectedUrl().split("/")[2]);
        Map<String, Object> ligne = jdbc.sql("""
                select statut, numero, libelle, date_debut, date_fin, attestation, vacanciers->>'total' total,
                       projet->>'destinations' destinations, transport->>'precisionModeOrganisation' transport
                from declaration_sejour where id = :id""").param("id", copie).query().singleRow();
        assertThat(ligne.get("statut")).isEqualTo("BROUILLON");
        assertThat(ligne.get("numero")).isNull();
        assertThat(ligne.get("attestation")).isNull();
        assertThat((String) ligne.get("libelle")).startsWith("COPIE - ");
        assertThat(ligne.get("date_debut")).isEqualTo(java.sql.Date.valueOf(debut));
        assertThat(ligne.get("date_fin")).isEqualTo(java.sql.Date.valueOf(debut.plusDays(7)));
        assertThat(ligne.get("total")).isEqualTo(jdbc.sql("select vacanciers->>'total' from declaration_sejour "
                + "where id = :id").param("id", id).query(String.class).single());
        assertThat((String) ligne.get("destinations")).contains("mer");
        assertThat(ligne.get("transport")).isNotNull();
        assertThat(jdbc.sql("select hebergement_version from declaration_hebergement where declaration_id = :id")
                .param("id", copie).query(Long.class).list()).isEqualTo(jdbc.sql(
                        "select hebergement_version from declaration_hebergement where declaration_id = :id")
                        .param("id", id).query(Long.class).list()).isNotEmpty();
        assertThat(jdbc.sql("select type, type_precision from declaration_historique where declaration_id = :id")
                .param("id", copie).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly("creation Copie de la déclaration " + numero);
        assertThat(parcours.statut(id)).as("the original is unchanged").isEqualTo("TRANSMISE");
        // the copy is complete: it can be submitted as it is, with its own numéro
        parcours.transmettre(o, copie);
        assertThat(parcours.statut(copie)).isEqualTo("TRANSMISE");

        // a title that would exceed 100 characters with "COPIE - ", and a status that does not allow it
        jdbc.sql("update declaration_sejour set libelle = :l where id = :id").param("l", "x".repeat(95))
                .param("id", copie).update();
        assertThat(poster(o.membre(), "/sejours/" + copie + "/dupliquer", Map.of()).getFlashMap().get("erreur"))
                .isEqualTo("sejour.refus.copie-trop-longue");
        jdbc.sql("update declaration_sejour set statut = 'VALIDEE 8J' where id = :id").param("id", id).update();
        assertThat(poster(o.membre(), "/sejours/" + id + "/dupliquer", Map.of()).getFlashMap().get("erreur"))
                .isEqualTo("sejour.transition.DUPLIQUER");
    }

    @Test
    void lesAgentsDesAutresLieuxDuSejourSontEnCopieDuDepot() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        String ddets75 = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        String ddets92 = OrganismesAgrees.agent(jdbc, "92", "DemandeSejour_Ecriture");
        String dreets = OrganismesAgrees.agent(jdbc, "IDF", "DemandeSejour_Ecriture");
        String ddets69 = OrganismesAgrees.agent(jdbc, "69", "DemandeSejour_Ecriture");
        LocalDate debut = aujourdhui().plusMonths(3);
        LocalDate fin = debut.plusDays(8);
        long id = creer(o, debut, fin);
        completer(o, id, debut, debut.plusDays(4));
        // an itinerant stay: Paris, then Nanterre
        poster(o.membre(), "/sejours/" + id + "/hebergements", Map.of("version", "" + version(id), "hebergementId",
                o.nanterre().toString(), "etape.dateDebut", debut.plusDays(4).toString(), "etape.dateFin",
                fin.toString()));
        poster(o.membre(), "/sejours/" + id + "/hebergements/etranger", Map.of("version", "" + version(id),
                "sejourEtranger", "false"));
        assertThat(parcours.transmettre(o, id).getResponse().getRedirectedUrl()).isEqualTo("/sejours");
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();
        String sujet = "Portail VAO - Nouvelle déclaration déposée : " + numero;

        assertThat(numero).contains("-75-");
        assertThat(recusPar(ddets75)).containsExactly(sujet);
        assertThat(Parcours.sujetsEnCopie(envoi, SMTP, ddets92)).containsExactly(sujet);
        assertThat(Parcours.sujetsEnCopie(envoi, SMTP, dreets)).containsExactly(sujet);
        assertThat(recusPar(ddets92)).as("in copy, not a recipient").isEmpty();
        assertThat(recusPar(ddets69)).isEmpty();
        assertThat(Parcours.sujetsEnCopie(envoi, SMTP, ddets69)).isEmpty();
        assertThat(jdbc.sql("select territoire from declaration_visibilite where declaration_id = :id order by 1")
                .param("id", id).query(String.class).list()).containsExactly("75", "92", "FRA", "IDF");
    }
}
