package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The "Organisme non agréé" alert on a déclaration's back-office detail (spec §2.8.9, ADR 0022): the organiser's SIRET,
 * or its siège's, is in the list of organismes non agréés; or its agrément has expired; none otherwise, and none on
 * the organiser's pages.
 */
class AlerteNonAgreeTest extends TestIntegration {

    private Parcours parcours;
    private LocalDate debut;
    private UtilisateurConnecte ddets;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
        ddets = Connectes.agent(System.nanoTime() % 1_000_000 + 5_000_000, "75", "DEP", "DemandeSejour_Lecture");
    }

    private String detail(long id) throws Exception {
        return mvc.perform(get("/bo/sejours/" + id).with(en(ddets))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void lister(String siret, String nom, String nature, LocalDate date) {
        jdbc.sql("""
                insert into organisme_non_agree (siret, nom, region_delivrance, nature_decision, date_decision,
                                                 modifie_par, modifie_le)
                values (:siret, :nom, 'IDF', :nature, :date, 'test', now())""").param("siret", siret)
                .param("nom", nom).param("nature", nature).param("date", date).update();
    }

    @Test
    void unOrganismeDeLaListeALAlerteSurSesDeclarations() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        assertThat(detail(id)).doesNotContain("Organisme non agréé");

        lister(o.siret(), "SÉJOURS RETIRÉS", "RETRAIT", LocalDate.of(2025, 4, 2));
        assertThat(detail(id)).contains("Organisme non agréé : SÉJOURS RETIRÉS n’est plus agréé depuis le "
                + "02/04/2025 pour la raison suivante : Retrait.");
        // not on the organiser's pages (ADR 0022)
        assertThat(mvc.perform(get("/sejours/" + id + "/synthese").with(en(o.membre()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Organisme non agréé");
    }

    @Test
    void leSiegeDansLaListeDonneLAlerteAuxDeclarationsDeSesEtablissements() throws Exception {
        OrganismesAgrees.Organisme siege = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme etablissement = OrganismesAgrees.etablissement(jdbc, siege);
        long id = parcours.transmise(etablissement, debut, debut.plusDays(7));
        lister(siege.siret(), "SIÈGE SUSPENDU", "SUSPENSION", LocalDate.of(2025, 6, 30));
        assertThat(detail(id)).contains("Organisme non agréé : SIÈGE SUSPENDU n’est plus agréé depuis le "
                + "30/06/2025 pour la raison suivante : Suspension.");
    }

    @Test
    void unAgrementExpireDonneLAlerteExpiration() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        LocalDate fin = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).minusDays(3);
        jdbc.sql("update agrement set date_fin_validite = :fin where organisme_id = :o").param("fin", fin)
                .param("o", o.id()).update();
        assertThat(detail(id)).contains("Organisme non agréé : SEJOURS ADAPTES " + o.siret()
                + " n’est plus agréé depuis le " + fin.format(java.time.format.DateTimeFormatter.ofPattern(
                        "dd/MM/yyyy")) + " pour la raison suivante : expiration.");
    }
}
