package fr.vao.statistique;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.compte.agent.RolesAgent;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The dashboards' figures against straightforward SQL counts on the source tables, on stays seeded in a year no
 * other test uses (the shared database holds other classes' rows: every expected value is counted, not assumed);
 * the perimeter rules; the CSV of a figure.
 */
class StatistiquesTest extends TestIntegration {

    static final int ANNEE = 2043;
    private static final AtomicInteger SIREN = new AtomicInteger(781_200_000);
    private static final String COMPTES = "('VALIDEE 8J', 'SEJOUR EN COURS', 'TERMINEE')";

    @Autowired
    ActualisationStatistiques actualisation;
    @Autowired
    TableauxDeBord tableaux;
    @Autowired
    DonneesOuvertes donnees;

    private static boolean seme;

    @BeforeEach
    void semer() {
        if (seme) {
            return;
        }
        seme = true;
        long o = organisme();
        UUID h92 = hebergement(o, "92");
        UUID h75 = hebergement(o, "75");
        long d1 = declaration(o, "VALIDEE 8J", "75", "07-05", "ete", false, 12, 5, 7,
                "[\"18_39\",\"40_59\"]", "[\"mental\",\"moteur\"]", 4, 1);
        declaration(o, "TERMINEE", "75", "03-10", "printemps", false, 3, 1, 2, "[\"59_et_plus\"]", "[\"visuel\"]", 1,
                1);
        long d3 = declaration(o, "SEJOUR EN COURS", "75", "07-20", "ete", true, 20, 10, 10, "[\"18_39\"]",
                "[\"polyhandicap\"]", 6, 2);
        lier(d3, h92, "92", 1);
        lier(d3, h75, "75", 2);
        declaration(o, "TRANSMISE", "75", "07-10", "ete", false, 50, 25, 25, "[\"18_39\"]", "[\"mental\"]", 9, 1);
        long d5 = declaration(o, "VALIDEE 8J", "13", "08-01", "ete", false, 7, 3, 4, "[\"40_59\"]", "[\"auditif\"]",
                2, 1);
        long eig = jdbc.sql("""
                insert into eig (statut, declaration_id, organisme_id, auteur_id, departement, region_agrement,
                    date_incident, sejour_libelle, sejour_debut, sejour_fin, cree_le, modifie_le)
                values ('ENVOYE', :d, :o, 1, '75', 'IDF', :j, 'Séjour statistique', :j, :j + 7, now(), now())
                returning id""").param("d", d1).param("o", o).param("j", java.time.LocalDate.of(ANNEE, 7, 8))
                .query(Long.class).single();
        jdbc.sql("insert into eig_eig_type (eig_id, type_code) select :e, code from eig_type where actif "
                + "order by ordre limit 2").param("e", eig).update();
        long i1 = inspection(d1, o, "75", "REALISEE", "07-06");
        jdbc.sql("update inspection set conclusion = 'INJONCTION' where id = :i").param("i", i1).update();
        constat(i1, "MAJEURE");
        constat(i1, "MAJEURE");
        constat(i1, "CRITIQUE");
        injonction(i1, "OUVERTE");
        injonction(i1, "LEVEE");
        // a cancelled inspection's findings and injunctions are not counted
        long i5 = inspection(d5, o, "13", "ANNULEE", "08-02");
        jdbc.sql("update inspection set conclusion = 'CONFORME' where id = :i").param("i", i5).update();
        constat(i5, "MINEURE");
        injonction(i5, "NON_LEVEE");
        long a = jdbc.sql("""
                insert into agrement (organisme_id, statut, type_depot, region_obtention, date_depot, date_decision,
                    cree_le, cree_par, modifie_le)
                values (:o, 'VALIDE', 'PREMIER', 'IDF', :depot, :decision, now(), 1, now()) returning id""")
                .param("o", o).param("depot", java.time.LocalDate.of(ANNEE, 1, 10))
                .param("decision", java.time.LocalDate.of(ANNEE, 3, 1)).query(Long.class).single();
        jdbc.sql("insert into agrement_sva (agrement_id, statut, debut, modifie_le) values (:a, 'STOPPED', :d, now())")
                .param("a", a).param("d", java.time.LocalDate.of(ANNEE, 1, 20)).update();
        // runs 20/01 → 01/02 and 11/02 → 01/03: 10 days of pause, 50 days dépôt → decision
        jdbc.sql("insert into agrement_sva_periode (agrement_id, debut, fin) values (:a, :d1, :f1), (:a, :d2, :f2)")
                .param("a", a).param("d1", java.time.LocalDate.of(ANNEE, 1, 20))
                .param("f1", java.time.LocalDate.of(ANNEE, 2, 1)).param("d2", java.time.LocalDate.of(ANNEE, 2, 11))
                .param("f2", java.time.LocalDate.of(ANNEE, 3, 1)).update();
        actualisation.actualiser();
    }

    private long organisme() {
        String siret = SIREN.incrementAndGet() + "00011";
        return jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le,
                                       modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, true, true, '75', 'IDF', now(), now()) returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).query(Long.class).single();
    }

    private UUID hebergement(long o, String dep) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, adresse_label,
                    adresse_code_insee, adresse_code_postal, departement, lat, lon, telephone_1, type,
                    visite_locaux, reglementation_erp, accessibilite, pension, description, cree_par, cree_le,
                    modifie_par, modifie_le)
                values (:id, true, 'actif', :o, 'Gîte statistique', 'Adresse', '75119', '75019', :dep, 48.87, 2.39,
                    '0145000000', 'hotel', false, false, 'accessible', 'pension_complete', 'Chambres', 1, now(), 1,
                    now())""").param("id", id).param("o", o).param("dep", dep).update();
        return id;
    }

    private long declaration(long o, String statut, String dep, String jour, String periode, boolean itinerant,
            int total, int femmes, int hommes, String tranches, String deficiences, int accompagnants,
            int responsables) {
        java.time.LocalDate debut = java.time.LocalDate.parse(ANNEE + "-" + jour);
        return jdbc.sql("""
                insert into declaration_sejour (statut, organisme_id, departement_suivi, libelle, date_debut, date_fin,
                    periode, effectif, itinerant, responsable, vacanciers, personnel, projet, organisme_instantane,
                    cree_par, cree_le, modifie_le)
                values (:statut, :o, :dep, 'Séjour statistique', :debut, :fin, :periode, :total, :itinerant, '{}',
                    jsonb_build_object('femmes', :femmes, 'hommes', :hommes, 'total', :total,
                        'tranchesAge', :tranches::jsonb, 'deficiences', :deficiences::jsonb),
                    jsonb_build_object('nombreAccompagnants', :acc, 'nombreResponsables', :resp), '{}', '{}', 1,
                    now(), now()) returning id""")
                .param("statut", statut).param("o", o).param("dep", dep).param("debut", debut)
                .param("fin", debut.plusDays(7)).param("periode", periode).param("total", total)
                .param("itinerant", itinerant).param("femmes", femmes).param("hommes", hommes)
                .param("tranches", tranches).param("deficiences", deficiences).param("acc", accompagnants)
                .param("resp", responsables).query(Long.class).single();
    }

    private void lier(long d, UUID h, String dep, int ordre) {
        jdbc.sql("""
                insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version, nom,
                    departement, date_debut, date_fin)
                select :d, :ordre, :h, id, nom, :dep, :debut, :fin from hebergement where hebergement_id = :h""")
                .param("d", d).param("ordre", ordre).param("h", h).param("dep", dep)
                .param("debut", java.time.LocalDate.of(ANNEE, 7, 20)).param("fin", java.time.LocalDate.of(ANNEE, 7, 27))
                .update();
    }

    private long inspection(long d, long o, String dep, String statut, String jour) {
        return jdbc.sql("""
                insert into inspection (declaration_id, organisme_id, departement, statut, date_prevue, cree_par,
                    cree_le, modifie_le)
                values (:d, :o, :dep, :statut, :jour, 1, now(), now()) returning id""").param("d", d).param("o", o)
                .param("dep", dep).param("statut", statut)
                .param("jour", java.time.LocalDate.parse(ANNEE + "-" + jour)).query(Long.class).single();
    }

    private void constat(long inspection, String gravite) {
        jdbc.sql("insert into inspection_constat (inspection_id, gravite, description, cree_le) "
                + "values (:i, :g, 'Constat statistique', now())").param("i", inspection).param("g", gravite).update();
    }

    private void injonction(long inspection, String statut) {
        jdbc.sql("insert into injonction (inspection_id, texte, echeance, statut, cree_le, modifie_le) "
                + "values (:i, 'Injonction statistique', :e, :s, now(), now())").param("i", inspection)
                .param("e", java.time.LocalDate.of(ANNEE, 9, 1)).param("s", statut).update();
    }

    private long compter(String sql) {
        return jdbc.sql(sql).param("annee", ANNEE).query(Long.class).single();
    }

    private static Portee national() {
        return new Portee(ANNEE, 1, 12, "NAT", "FRA", "France");
    }

    private static Portee paris() {
        return new Portee(ANNEE, 1, 12, "DEP", "75", "Paris");
    }

    private static long valeur(Figure f, String libelle, int serie) {
        return f.lignes().stream().filter(l -> l.libelle().equals(libelle)).findFirst()
                .map(l -> l.valeurs().get(serie).longValue()).orElse(0L);
    }

    @Test
    void lesSejoursComptesEgalentUnComptageDirect() {
        Figure mois = tableaux.figure("sejours-mois", national());
        assertThat(mois.lignes()).hasSize(12);
        assertThat(valeur(mois, "juillet", 0)).isEqualTo(compter("select count(*) from declaration_sejour where "
                + "statut in " + COMPTES + " and extract(year from date_debut) = :annee "
                + "and extract(month from date_debut) = 7")).isGreaterThanOrEqualTo(2);
        assertThat(valeur(mois, "juillet", 1)).isEqualTo(compter("select sum((vacanciers->>'total')::int) from "
                + "declaration_sejour where statut in " + COMPTES + " and extract(year from date_debut) = :annee "
                + "and extract(month from date_debut) = 7"));
        Figure statut = tableaux.figure("sejours-statut", national());
        assertThat(valeur(statut, "VALIDEE 8J", 0)).isEqualTo(compter("select count(*) from declaration_sejour "
                + "where statut = 'VALIDEE 8J' and extract(year from date_debut) = :annee"));
        Figure saison = tableaux.figure("sejours-saison", national());
        assertThat(valeur(saison, "Printemps", 0)).isEqualTo(compter("select count(*) from declaration_sejour "
                + "where statut in " + COMPTES + " and periode = 'printemps' and extract(year from date_debut) = :annee"))
                .isGreaterThanOrEqualTo(1);

        Figure parisTerritoire = tableaux.figure("sejours-territoire", paris());
        assertThat(parisTerritoire.lignes()).hasSize(1);
        String suivi75 = " from declaration_sejour where statut in " + COMPTES + " and departement_suivi = '75' "
                + "and extract(year from date_debut) = :annee";
        Figure.Ligne p = parisTerritoire.lignes().get(0);
        assertThat(p.valeurs().get(0).longValue()).isEqualTo(compter("select count(*)" + suivi75));
        assertThat(p.valeurs().get(1).longValue()).isEqualTo(compter("select sum((vacanciers->>'total')::int)" + suivi75));
        assertThat(p.valeurs().get(2).longValue()).isEqualTo(compter("select sum((vacanciers->>'femmes')::int)" + suivi75));
        assertThat(p.valeurs().get(3).longValue()).isEqualTo(compter("select sum((vacanciers->>'hommes')::int)" + suivi75));
        assertThat(p.valeurs().get(4).longValue()).isEqualTo(compter("select sum((personnel->>'nombreAccompagnants')"
                + "::int + (personnel->>'nombreResponsables')::int)" + suivi75));

        Figure tranches = tableaux.figure("tranches-age", paris());
        assertThat(valeur(tranches, "18 à 39 ans", 0)).isEqualTo(compter("select count(*)" + suivi75
                + " and vacanciers->'tranchesAge' @> '[\"18_39\"]'")).isGreaterThanOrEqualTo(2);
        Figure deficiences = tableaux.figure("deficiences", paris());
        assertThat(valeur(deficiences, "Polyhandicap", 0)).isEqualTo(compter("select count(*)" + suivi75
                + " and vacanciers->'deficiences' @> '[\"polyhandicap\"]'")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void lesItinerantsSontComptesParDepartementDHebergementLibellesAinsi() {
        Figure f = tableaux.figure("itinerants", national());
        long attendu = compter("select count(distinct d.id) from declaration_sejour d join declaration_hebergement h "
                + "on h.declaration_id = d.id where d.itinerant and d.statut in " + COMPTES + " and h.departement = '92' "
                + "and extract(year from d.date_debut) = :annee");
        assertThat(attendu).isGreaterThanOrEqualTo(1);
        assertThat(f.lignes()).anySatisfy(l -> {
            assertThat(l.libelle()).startsWith("Hauts-de-Seine").endsWith("(hébergement d’un séjour itinérant)");
            assertThat(l.valeurs().get(0).longValue()).isEqualTo(attendu);
        });
        // never added to the département de suivi: the Hauts-de-Seine count no stay of their own this year
        assertThat(tableaux.figure("sejours-territoire", new Portee(ANNEE, 1, 12, "DEP", "92", "92")).lignes())
                .allSatisfy(l -> assertThat(l.valeurs().get(0).longValue()).isEqualTo(compter(
                        "select count(*) from declaration_sejour where statut in " + COMPTES
                                + " and departement_suivi = '92' and extract(year from date_debut) = :annee")));
    }

    @Test
    void eigInspectionsEtAgrementsEgalentUnComptageDirect() {
        Figure types = tableaux.figure("eig-type", national());
        long parType = types.lignes().stream().mapToLong(l -> l.valeurs().get(0).longValue()).sum();
        assertThat(parType).isEqualTo(compter("select count(*) from eig e join eig_eig_type t on t.eig_id = e.id "
                + "where e.statut in ('ENVOYE', 'LU') and extract(year from e.date_incident) = :annee"))
                .isGreaterThanOrEqualTo(2);
        Figure taux = tableaux.figure("eig-taux", paris());
        long eig = compter("select count(*) from eig where statut in ('ENVOYE', 'LU') and departement = '75' "
                + "and extract(year from date_incident) = :annee");
        long vacanciers = compter("select sum((vacanciers->>'total')::int) from declaration_sejour where statut in "
                + COMPTES + " and departement_suivi = '75' and extract(year from date_debut) = :annee");
        assertThat(taux.lignes().get(0).valeurs().get(0).longValue()).isEqualTo(eig);
        assertThat(taux.lignes().get(1).valeurs().get(0).longValue()).isEqualTo(vacanciers);
        assertThat(taux.lignes().get(2).valeurs().get(0).doubleValue())
                .isEqualTo(Math.round(eig * 10_000.0 / vacanciers) / 10.0);

        Figure inspections = tableaux.figure("inspections", national());
        assertThat(valeur(inspections, "Réalisée", 0)).isEqualTo(compter("select count(*) from inspection where "
                + "statut = 'REALISEE' and extract(year from date_prevue) = :annee")).isGreaterThanOrEqualTo(1);
        Figure couverture = tableaux.figure("couverture", national());
        assertThat(couverture.lignes().get(1).valeurs().get(0).longValue()).isEqualTo(compter(
                "select count(distinct d.id) from declaration_sejour d join inspection i on i.declaration_id = d.id "
                        + "where i.statut <> 'ANNULEE' and d.statut in " + COMPTES
                        + " and extract(year from d.date_debut) = :annee"));

        Figure agrements = tableaux.figure("agrements", new Portee(ANNEE, 1, 12, "REG", "IDF", "IDF"));
        Figure.Ligne idf = agrements.lignes().get(0);
        assertThat(idf.valeurs().get(0).longValue()).isEqualTo(compter("select count(*) from agrement where not "
                + "supprime and type_depot <> 'EXISTANT' and region_obtention = 'IDF' "
                + "and extract(year from date_depot) = :annee"));
        assertThat(idf.valeurs().get(5).longValue()).as("délai dépôt → décision").isEqualTo(compter(
                "select round(avg(date_decision - date_depot)) from agrement where region_obtention = 'IDF' "
                        + "and not supprime and type_depot <> 'EXISTANT' and extract(year from date_depot) = :annee"));
        if (idf.valeurs().get(0).longValue() == 1) {
            assertThat(idf.valeurs().get(5).longValue()).isEqualTo(50);
            assertThat(idf.valeurs().get(6).longValue()).as("hors pauses").isEqualTo(40);
        }
    }

    @Test
    void constatsConclusionsEtInjonctionsEgalentUnComptageDirect() {
        String inspections = " from inspection i where i.statut <> 'ANNULEE' and extract(year from i.date_prevue) "
                + "= :annee";
        Figure constats = tableaux.figure("constats", national());
        assertThat(constats.libelles()).containsExactly("Mineure", "Majeure", "Critique");
        assertThat(valeur(constats, "Majeure", 0)).isEqualTo(compter("select count(*) from inspection_constat c "
                + "join inspection i on i.id = c.inspection_id where c.gravite = 'MAJEURE' and i.statut <> 'ANNULEE' "
                + "and extract(year from i.date_prevue) = :annee")).isGreaterThanOrEqualTo(2);
        assertThat(valeur(constats, "Critique", 0)).isEqualTo(compter("select count(*) from inspection_constat c "
                + "join inspection i on i.id = c.inspection_id where c.gravite = 'CRITIQUE' and i.statut <> 'ANNULEE' "
                + "and extract(year from i.date_prevue) = :annee")).isGreaterThanOrEqualTo(1);
        // the only seeded minor finding belongs to the cancelled inspection
        assertThat(valeur(constats, "Mineure", 0)).isEqualTo(compter("select count(*) from inspection_constat c "
                + "join inspection i on i.id = c.inspection_id where c.gravite = 'MINEURE' and i.statut <> 'ANNULEE' "
                + "and extract(year from i.date_prevue) = :annee")).isLessThan(compter("select count(*) from "
                + "inspection_constat c join inspection i on i.id = c.inspection_id where c.gravite = 'MINEURE' "
                + "and extract(year from i.date_prevue) = :annee"));

        Figure conclusions = tableaux.figure("conclusions", national());
        assertThat(conclusions.libelles()).containsExactly("Conforme", "Observations", "Injonction",
                "Proposition de suspension");
        assertThat(valeur(conclusions, "Injonction", 0)).isEqualTo(compter("select count(*)" + inspections
                + " and i.conclusion = 'INJONCTION'")).isGreaterThanOrEqualTo(1);
        assertThat(valeur(conclusions, "Conforme", 0)).isEqualTo(compter("select count(*)" + inspections
                + " and i.conclusion = 'CONFORME'"));

        Figure injonctions = tableaux.figure("injonctions", national());
        assertThat(injonctions.libelles()).containsExactly("Ouverte", "Levée", "Non levée");
        for (String[] etat : new String[][] {{"Ouverte", "OUVERTE"}, {"Levée", "LEVEE"}, {"Non levée", "NON_LEVEE"}}) {
            assertThat(valeur(injonctions, etat[0], 0)).as(etat[1]).isEqualTo(compter("select count(*) from "
                    + "injonction j join inspection i on i.id = j.inspection_id where j.statut = '" + etat[1]
                    + "' and i.statut <> 'ANNULEE' and extract(year from i.date_prevue) = :annee"));
        }
        assertThat(valeur(injonctions, "Levée", 0)).isGreaterThanOrEqualTo(1);

        // the perimeter: Bouches-du-Rhône only hold the cancelled inspection, Paris the other one
        Portee bdr = new Portee(ANNEE, 1, 12, "DEP", "13", "Bouches-du-Rhône");
        assertThat(valeur(tableaux.figure("injonctions", bdr), "Non levée", 0)).isEqualTo(compter(
                "select count(*) from injonction j join inspection i on i.id = j.inspection_id where j.statut = "
                        + "'NON_LEVEE' and i.statut <> 'ANNULEE' and i.departement = '13' "
                        + "and extract(year from i.date_prevue) = :annee"));
        assertThat(valeur(tableaux.figure("constats", paris()), "Majeure", 0)).isEqualTo(compter(
                "select count(*) from inspection_constat c join inspection i on i.id = c.inspection_id where "
                        + "c.gravite = 'MAJEURE' and i.statut <> 'ANNULEE' and i.departement = '75' "
                        + "and extract(year from i.date_prevue) = :annee")).isGreaterThanOrEqualTo(2);
        Figure moisHorsPeriode = tableaux.figure("constats", new Portee(ANNEE, 8, 12, "DEP", "75", "Paris"));
        assertThat(valeur(moisHorsPeriode, "Majeure", 0)).isEqualTo(compter("select count(*) from "
                + "inspection_constat c join inspection i on i.id = c.inspection_id where c.gravite = 'MAJEURE' "
                + "and i.statut <> 'ANNULEE' and i.departement = '75' and extract(year from i.date_prevue) = :annee "
                + "and extract(month from i.date_prevue) >= 8"));
    }

    @Test
    void unAgentNeVoitQueSonPerimetre() throws Exception {
        UtilisateurConnecte ddets = Connectes.agent(1, "75", "DEP", RolesAgent.DS_LECTURE);
        mvc.perform(get("/bo/statistiques").param("annee", "" + ANNEE).with(en(ddets))).andExpect(status().isOk());
        mvc.perform(get("/bo/statistiques").param("territoire", "13").with(en(ddets))).andExpect(status().isForbidden());
        mvc.perform(get("/bo/statistiques").param("territoire", "IDF").with(en(ddets)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/bo/statistiques/sejours-mois.csv").param("territoire", "FRA").with(en(ddets)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/bo/statistiques").param("territoire", "ZZ").with(en(ddets)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/bo/statistiques/actualiser").with(csrf()).with(en(ddets)))
                .andExpect(status().isForbidden());
        UtilisateurConnecte sansRole = Connectes.agent(2, "FRA", "NAT", RolesAgent.COMPTE);
        mvc.perform(get("/bo/statistiques").with(en(sansRole))).andExpect(status().isForbidden());
        UtilisateurConnecte dreets = Connectes.agent(3, "IDF", "REG", RolesAgent.DS_ECRITURE);
        Portee choisie = (Portee) mvc.perform(get("/bo/statistiques").param("territoire", "75").with(en(dreets)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("portee");
        assertThat(choisie.niveau()).isEqualTo("DEP");
        assertThat(choisie.territoire()).isEqualTo("75");
        Portee parDefaut = (Portee) mvc.perform(get("/bo/statistiques").with(en(dreets))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("portee");
        assertThat(parDefaut.territoire()).isEqualTo("IDF");
        mvc.perform(get("/bo/statistiques").param("territoire", "13").with(en(dreets)))
                .andExpect(status().isForbidden());
        UtilisateurConnecte dgcs = Connectes.agent(4, "FRA", "NAT", RolesAgent.DS_LECTURE);
        mvc.perform(get("/bo/statistiques").param("territoire", "13").with(en(dgcs))).andExpect(status().isOk());
        mvc.perform(post("/bo/statistiques/actualiser").with(csrf()).with(en(dgcs)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void chaqueFigureSExporteEnCsv() throws Exception {
        UtilisateurConnecte ddets = Connectes.agent(1, "75", "DEP", RolesAgent.DS_LECTURE);
        String csv = mvc.perform(get("/bo/statistiques/sejours-territoire.csv").param("annee", "" + ANNEE)
                .with(en(ddets))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long sejours = compter("select count(*) from declaration_sejour where statut in " + COMPTES
                + " and departement_suivi = '75' and extract(year from date_debut) = :annee");
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(0)).contains("Département;Séjours;Vacanciers;Femmes;Hommes;Encadrants");
        assertThat(csv.lines().toList().get(1)).startsWith("Paris;" + sejours + ";");
        for (String code : TableauxDeBord.CODES) {
            if (!List.of("agrements", "organisateurs").contains(code)) {
                mvc.perform(get("/bo/statistiques/" + code + ".csv").with(en(ddets))).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/bo/statistiques/agrements.csv").with(en(ddets))).andExpect(status().isNotFound());
    }

    @Test
    void lesDonneesOuvertesNePublientAucunePetiteCase() {
        List<List<?>> lignes = donnees.lignes(ANNEE);
        // Paris, March: 3 vacanciers, hidden with its stays; July (32) hidden with it so that the row's total does
        // not give it away
        assertThat(lignes).contains(List.of(ANNEE, "75", 3, DonneesOuvertes.SECRET, DonneesOuvertes.SECRET));
        assertThat(lignes).contains(List.of(ANNEE, "75", 7, DonneesOuvertes.SECRET, DonneesOuvertes.SECRET));
        for (List<?> l : lignes) {
            if (l.get(4) instanceof Long n) {
                assertThat(n == 0 || n >= DonneesOuvertes.SEUIL).as(l.toString()).isTrue();
            }
        }
        java.util.Map<Object, Long> secretsParDepartement = lignes.stream()
                .filter(l -> !DonneesOuvertes.TOTAL.equals(l.get(1)) && !DonneesOuvertes.TOTAL.equals(l.get(2))
                        && DonneesOuvertes.SECRET.equals(l.get(4)))
                .collect(java.util.stream.Collectors.groupingBy(l -> l.get(1), java.util.stream.Collectors.counting()));
        assertThat(secretsParDepartement.values()).doesNotContain(1L);
        java.util.Map<Object, Long> secretsParMois = lignes.stream()
                .filter(l -> !DonneesOuvertes.TOTAL.equals(l.get(1)) && !DonneesOuvertes.TOTAL.equals(l.get(2))
                        && DonneesOuvertes.SECRET.equals(l.get(4)))
                .collect(java.util.stream.Collectors.groupingBy(l -> l.get(2), java.util.stream.Collectors.counting()));
        assertThat(secretsParMois.values()).doesNotContain(1L);
    }

    @Test
    void laTacheDeNuitReconstruitLesModelesEtSEnregistre() {
        jdbc.sql("delete from stat_sejour_cube where annee = :annee").param("annee", ANNEE).update();
        assertThat(tableaux.vacanciers(paris())).isZero();
        fr.vao.plateforme.taches.RapportTache rapport = actualisation.nuit();
        assertThat(rapport.erreurs()).isEmpty();
        assertThat(rapport.traites()).isEqualTo(1);
        assertThat(tableaux.vacanciers(paris())).isEqualTo(compter("select sum((vacanciers->>'total')::int) from "
                + "declaration_sejour where statut in " + COMPTES + " and departement_suivi = '75' "
                + "and extract(year from date_debut) = :annee")).isPositive();
        assertThat(actualisation.derniere()).isPresent();
    }
}
