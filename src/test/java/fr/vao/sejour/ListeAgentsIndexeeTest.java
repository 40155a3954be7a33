package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The agents' list read model (ADR 0020): the visibility rows carry the déclaration's list columns and a national row,
 * and the maintained counters equal a count of the rows, whatever changed the déclaration (organiser, agent, a job, a
 * plain SQL update).
 */
class ListeAgentsIndexeeTest extends TestIntegration {

    private static final String INVARIANT_COLONNES = """
            select count(*) from declaration_visibilite v join declaration_sejour d on d.id = v.declaration_id
            where v.statut <> d.statut or v.date_debut <> d.date_debut or v.modifie_le <> d.modifie_le
               or v.numero is distinct from d.numero""";

    private static final String COMPTES = """
            select territoire || ' ' || statut || ' ' || count(*) from declaration_visibilite
            group by territoire, statut order by 1""";

    private static final String COMPTEURS = """
            select territoire || ' ' || statut || ' ' || nombre from declaration_compteur where nombre <> 0
            order by 1""";

    @org.springframework.beans.factory.annotation.Autowired
    ListeAgents liste;

    @Test
    void unePageSuitLOrdreDeLaListeDansLesDeuxSens() throws Exception {
        Parcours parcours = new Parcours(mvc, jdbc);
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(5);
        parcours.transmise(o, debut, debut.plusDays(7));
        parcours.transmise(o, debut.plusDays(2), debut.plusDays(9));
        ListeAgents.Filtre tous = new ListeAgents.Filtre(null, null, null, null, false);
        for (boolean desc : new boolean[] {false, true}) {
            java.util.List<Long> attendus = jdbc.sql("""
                    select d.id from declaration_sejour d join declaration_visibilite v on v.declaration_id = d.id
                    where v.territoire = '75' order by d.date_debut %1$s, d.id %1$s limit 20 offset 1"""
                    .formatted(desc ? "desc" : "asc")).query(Long.class).list();
            assertThat(liste.page("75", tous, "debut", desc, 20, 1).stream().map(LigneDeclaration::id).toList())
                    .isEqualTo(attendus);
        }
        java.util.List<Long> national = jdbc.sql("""
                select id from declaration_sejour where statut <> 'BROUILLON' and id in
                    (select declaration_id from declaration_visibilite) order by modifie_le desc, id desc limit 5""")
                .query(Long.class).list();
        assertThat(liste.page(null, tous, null, true, 5, 0).stream().map(LigneDeclaration::id).toList())
                .isEqualTo(national);
        assertThat(liste.compter(null, tous)).isEqualTo(jdbc.sql("""
                select count(*) from declaration_sejour where id in (select declaration_id from declaration_visibilite)""")
                .query(Long.class).single());
    }

    @Test
    void laPageSuivanteContinueApresLaDerniereLigneAffichee() throws Exception {
        Parcours parcours = new Parcours(mvc, jdbc);
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(6);
        for (int i = 0; i < 3; i++) {
            parcours.transmise(o, debut.plusDays(i), debut.plusDays(i + 7));
        }
        ListeAgents.Filtre tous = new ListeAgents.Filtre(null, null, null, null, false);
        for (String tri : new String[] {"debut", "modification", "numero", "statut"}) {
            for (boolean desc : new boolean[] {false, true}) {
                java.util.List<LigneDeclaration> premiere = liste.page("75", tous, tri, desc, 2, 0);
                String curseur = liste.curseur("75", tri, desc, premiere.get(1));
                assertThat(curseur).as(tri).startsWith(tri + "~" + (desc ? "d" : "a") + "~");
                assertThat(liste.page("75", tous, tri, desc, 2, 999, curseur)).as(tri + " après le curseur")
                        .isEqualTo(liste.page("75", tous, tri, desc, 2, 2));
            }
        }
        // a cursor of another sort, or malformed, is ignored: the page comes by its offset
        String autre = liste.curseur("75", "numero", false, liste.page("75", tous, "numero", false, 1, 0).get(0));
        assertThat(liste.page("75", tous, "debut", false, 2, 2, autre))
                .isEqualTo(liste.page("75", tous, "debut", false, 2, 2));
        assertThat(liste.page("75", tous, "debut", false, 2, 2, "debut~a~x~y"))
                .isEqualTo(liste.page("75", tous, "debut", false, 2, 2));
        assertThat(liste.curseur("75", "libelle", false, liste.page("75", tous, "libelle", false, 1, 0).get(0)))
                .as("sorted on the déclaration's title: by offset").isNull();
    }

    @Test
    void laListeSeFiltreSurUnOrganismeDepuisSaPage() throws Exception {
        Parcours parcours = new Parcours(mvc, jdbc);
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(4);
        long a = parcours.transmise(o, debut, debut.plusDays(7));
        long b = parcours.transmise(autre, debut, debut.plusDays(7));
        for (String etablissement : new String[] {o.siret(), o.siret().substring(0, 9)}) {
            ListeAgents.Filtre f = new ListeAgents.Filtre(null, null, null, null, false, java.util.Set.of(),
                    etablissement);
            assertThat(liste.page("75", f, null, true, 20, 0).stream().map(LigneDeclaration::id).toList())
                    .as(etablissement).containsExactly(a);
            assertThat(liste.compter("75", f)).isEqualTo(1);
        }
        assertThat(new ListeAgents.Filtre(null, null, null, null, false, java.util.Set.of(), "12ab").etablissement())
                .as("not a SIRET nor a SIREN: no filter").isNull();

        String ddets = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        long agentId = jdbc.sql("select id from agent where email = :e").param("e", ddets).query(Long.class).single();
        var agent = Connectes.agent(agentId, "75", "DEP", "DemandeSejour_Ecriture");
        String numeroA = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", a)
                .query(String.class).single();
        String numeroB = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", b)
                .query(String.class).single();
        String page = mvc.perform(get("/bo/sejours").param("etablissement", o.siret()).with(en(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(numeroA, "Organisme SIRET " + o.siret()).doesNotContain(numeroB);
        assertThat(mvc.perform(get("/bo/organismes/" + o.id()).with(en(agent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("/bo/sejours?etablissement=" + o.siret().substring(0, 9));
    }

    @Test
    void lesCompteursEtLesColonnesDeLaListeSuiventChaqueChangement() throws Exception {
        Parcours parcours = new Parcours(mvc, jdbc);
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
        long a = parcours.transmise(o, debut, debut.plusDays(7));
        long b = parcours.transmise(o, debut.plusDays(1), debut.plusDays(9));
        assertThat(jdbc.sql("select territoire from declaration_visibilite where declaration_id = :id order by 1")
                .param("id", a).query(String.class).list()).contains("FRA", "75");

        String ddets = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        long agentId = jdbc.sql("select id from agent where email = :e").param("e", ddets).query(Long.class).single();
        UtilisateurConnecte agent = Connectes.agent(agentId, "75", "DEP", "DemandeSejour_Ecriture");
        parcours.poster(agent, "/bo/sejours/" + b + "/prise-en-charge", Map.of("version", "" + parcours.version(b)));
        assertThat(parcours.statut(b)).isEqualTo("EN COURS");
        parcours.poster(o.membre(), "/sejours/" + a + "/annuler", Map.of("version", "" + parcours.version(a)));
        jdbc.sql("update declaration_sejour set date_debut = date_debut + 1 where id = :id").param("id", b).update();

        assertThat(jdbc.sql(INVARIANT_COLONNES).query(Long.class).single()).isZero();
        assertThat(jdbc.sql(COMPTEURS).query(String.class).list())
                .isEqualTo(jdbc.sql(COMPTES).query(String.class).list());

        // the agent's list: ordered by the visibility table's columns, the counters of its territory
        mvc.perform(get("/bo/sejours").param("tri", "debut").param("desc", "false").with(en(agent)))
                .andExpect(status().isOk());
        long enCours = jdbc.sql("select nombre from declaration_compteur where territoire = '75' and statut = 'EN COURS'")
                .query(Long.class).single();
        assertThat(enCours).isEqualTo(jdbc.sql("""
                select count(*) from declaration_sejour d join declaration_visibilite v on v.declaration_id = d.id
                where v.territoire = '75' and d.statut = 'EN COURS'""").query(Long.class).single());
    }
}
