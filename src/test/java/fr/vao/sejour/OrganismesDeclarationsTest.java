package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.organisme.AnnuaireOrganismes;
import fr.vao.organisme.AnnuaireUtilisateurs;
import fr.vao.organisme.DeclarationsDeLOrganisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The organismes completed with their déclarations (spec §2.13, §2.14): the count read model kept by the triggers
 * on every insert, status change and deletion; the "Nombre de séjours" column and its sort, the CSV's total and
 * per-status columns, "Utilisateurs OVA" with its count, and the organisme's déclarations on its detail page.
 */
class OrganismesDeclarationsTest extends TestIntegration {

    private static long sequence = System.nanoTime() % 1_000_000 + 4_000_000;

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    private UtilisateurConnecte agent(String territoire, String niveau, String... roles) {
        return Connectes.agent(++sequence, territoire, niveau, roles);
    }

    private String texte(MvcResult r) throws Exception {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lesListesDOrganismesComptentLeursDeclarations() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long brouillon = parcours.creer(o, debut, debut.plusDays(7));
        long transmise = parcours.transmise(o, debut, debut.plusDays(7));
        long validee = parcours.transmise(o, debut.plusDays(10), debut.plusDays(17));
        jdbc.sql("update declaration_sejour set statut = 'VALIDEE 8J' where id = :id").param("id", validee).update();
        assertThat(jdbc.sql("select total from declaration_compteur_organisme where organisme_id = :o")
                .param("o", o.id()).query(Integer.class).single()).isEqualTo(2);
        jdbc.sql("delete from declaration_sejour where id = :id").param("id", brouillon).update();
        assertThat(jdbc.sql("select par_statut->>'BROUILLON' from declaration_compteur_organisme "
                + "where organisme_id = :o").param("o", o.id()).query(String.class).single()).isEqualTo("0");
        assertThat(jdbc.sql("""
                select count(*) from declaration_compteur_organisme c
                where c.total <> (select count(*) from declaration_sejour d
                                  where d.organisme_id = c.organisme_id and d.statut <> 'BROUILLON')""")
                .query(Long.class).single()).as("the read model agrees with the déclarations").isZero();

        UtilisateurConnecte national = agent("FRA", "NAT", "DemandeSejour_Lecture");
        MvcResult liste = mvc.perform(get("/bo/organismes").param("siret", o.siret()).with(en(national)))
                .andExpect(status().isOk()).andReturn();
        List<AnnuaireOrganismes.Ligne> lignes = (List<AnnuaireOrganismes.Ligne>) liste.getModelAndView().getModel()
                .get("lignes");
        assertThat(lignes).singleElement().extracting(AnnuaireOrganismes.Ligne::declarations).isEqualTo(2L);
        assertThat(texte(liste)).contains("Nombre de séjours");
        List<AnnuaireOrganismes.Ligne> triees = (List<AnnuaireOrganismes.Ligne>) mvc.perform(get("/bo/organismes")
                .param("tri", "declarations").param("ordre", "desc").with(en(national))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("lignes");
        assertThat(triees).extracting(AnnuaireOrganismes.Ligne::declarations)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<String> csv = texte(mvc.perform(get("/bo/organismes/export.csv").param("siret", o.siret())
                .with(en(national))).andExpect(status().isOk()).andReturn()).lines().toList();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).endsWith(";Téléphone;Nombre de déclarations total;TRANSMISE;EN COURS;A MODIFIER;"
                + "REFUSEE;EN ATTENTE DECLARATION 8 JOURS;TRANSMISE 8J;EN COURS 8J;A MODIFIER 8J;REFUSEE 8J;"
                + "VALIDEE 8J;SEJOUR EN COURS;TERMINEE;ANNULEE;ABANDONNEE");
        assertThat(csv.get(1)).endsWith(";2;1;0;0;0;0;0;0;0;0;1;0;0;0;0");

        MvcResult comptes = mvc.perform(get("/bo/utilisateurs-ova").param("email", o.email()).with(en(national)))
                .andExpect(status().isOk()).andReturn();
        assertThat((List<AnnuaireUtilisateurs.Ligne>) comptes.getModelAndView().getModel().get("lignes"))
                .singleElement().extracting(AnnuaireUtilisateurs.Ligne::declarations).isEqualTo(2L);
        assertThat(texte(comptes)).contains("Nombre de déclarations");
        List<String> csvComptes = texte(mvc.perform(get("/bo/utilisateurs-ova/export.csv").param("email", o.email())
                .with(en(national))).andReturn()).lines().toList();
        assertThat(csvComptes.get(0)).endsWith(";Nombre de déclaration");
        assertThat(csvComptes.get(1)).endsWith(";2");
        mvc.perform(get("/bo/utilisateurs-ova").param("tri", "declarations").param("ordre", "desc")
                .with(en(national))).andExpect(status().isOk());

        // the detail: the déclarations the agent sees, each linking to its page; none without a DemandeSejour role
        MvcResult detail = mvc.perform(get("/bo/organismes/" + o.id())
                .with(en(agent("75", "DEP", "DemandeSejour_Ecriture")))).andExpect(status().isOk()).andReturn();
        DeclarationsDeLOrganisme.Apercu apercu = (DeclarationsDeLOrganisme.Apercu) detail.getModelAndView()
                .getModel().get("declarations");
        assertThat(apercu.total()).isEqualTo(2);
        assertThat(apercu.dernieres()).extracting(DeclarationsDeLOrganisme.Resume::id).containsExactly(validee,
                transmise);
        assertThat(texte(detail)).contains("Déclarations de séjour").contains("href=\"/bo/sejours/" + validee + "\"")
                .contains("Validée à 8 jours");
        assertThat(mvc.perform(get("/bo/organismes/" + o.id()).with(en(agent("FRA", "NAT", "Compte"))))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("declarations")).isNull();
        // a région that sees the organisme but none of its déclarations (another région's hébergements)
        jdbc.sql("update agrement set region_obtention = 'BRE' where organisme_id = :o").param("o", o.id())
                .update();
        MvcResult lyon = mvc.perform(get("/bo/organismes/" + o.id()).with(en(agent("BRE", "REG",
                "DemandeSejour_Lecture")))).andExpect(status().isOk()).andReturn();
        assertThat(((DeclarationsDeLOrganisme.Apercu) lyon.getModelAndView().getModel().get("declarations")).total())
                .isZero();
    }
}
