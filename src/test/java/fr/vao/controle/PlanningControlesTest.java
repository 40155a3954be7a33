package fr.vao.controle;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.SejoursPourEig;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The planning of inspections {@code /bo/controles} (issue 6 item 1): the role Controle, the agent's perimeter
 * (département, région, national with a territory filter), the period and its validation, the criteria computed from
 * the database, the CSV.
 */
class PlanningControlesTest extends TestIntegration {

    private static long sequence = System.nanoTime() % 1_000_000 + 6_000_000;
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LocalDate aujourdhui;
    /** A period of its own, far ahead, so that other tests' stays hardly meet it (rows are filtered anyway). */
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        aujourdhui = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
        debut = aujourdhui.plusDays(300 + System.nanoTime() % 200);
    }

    private static UtilisateurConnecte agent(String territoire, String niveau, String... roles) {
        return Connectes.agent(++sequence, territoire, niveau, roles);
    }

    private static UtilisateurConnecte controleur(String territoire, String niveau) {
        return agent(territoire, niveau, "Controle");
    }

    private MvcResult planning(UtilisateurConnecte agent, String... parametres) throws Exception {
        MockHttpServletRequestBuilder r = get("/bo/controles").with(en(agent));
        for (int i = 0; i < parametres.length; i += 2) {
            r.param(parametres[i], parametres[i + 1]);
        }
        return mvc.perform(r).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<PlanningControles.Ligne> lignes(MvcResult r) {
        return (List<PlanningControles.Ligne>) r.getModelAndView().getModel().get("lignes");
    }

    /** The (déclaration, département) of the rows of these déclarations in the planning of this period. */
    private Set<String> vus(UtilisateurConnecte agent, LocalDate du, LocalDate au, Set<Long> declarations,
            String... autres) throws Exception {
        String[] p = new String[4 + autres.length];
        p[0] = "debut";
        p[1] = du.toString();
        p[2] = "fin";
        p[3] = au.toString();
        System.arraycopy(autres, 0, p, 4, autres.length);
        return lignes(planning(agent, p)).stream().filter(l -> declarations.contains(l.sejour().declarationId()))
                .map(l -> l.sejour().declarationId() + "@" + l.sejour().departement()).collect(Collectors.toSet());
    }

    private static BindingResult erreurs(MvcResult r) {
        return (BindingResult) r.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "filtre");
    }

    @Test
    void lePerimetreDeLAgentEtLeRoleControle() throws Exception {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc);
        // 75 for the first half, 92 for the second (SejoursPourEig)
        long a = SejoursPourEig.declaration(jdbc, o, "VALIDEE 8J", debut.plusDays(2), debut.plusDays(12));
        Set<Long> ids = Set.of(a);
        LocalDate du = debut;
        LocalDate au = debut.plusDays(20);

        assertThat(vus(controleur("75", "DEP"), du, au, ids)).containsExactly(a + "@75");
        assertThat(vus(controleur("92", "DEP"), du, au, ids)).containsExactly(a + "@92");
        assertThat(vus(controleur("69", "DEP"), du, au, ids)).as("DDETS of another département").isEmpty();
        assertThat(vus(controleur("IDF", "REG"), du, au, ids)).containsExactlyInAnyOrder(a + "@75", a + "@92");
        assertThat(vus(controleur("AURA", "REG"), du, au, ids)).as("DREETS of another région").isEmpty();
        UtilisateurConnecte national = controleur("FRA", "NAT");
        assertThat(vus(national, du, au, ids)).containsExactlyInAnyOrder(a + "@75", a + "@92");
        assertThat(vus(national, du, au, ids, "territoire", "92")).containsExactly(a + "@92");
        assertThat(vus(national, du, au, ids, "territoire", "IDF")).hasSize(2);
        assertThat(vus(national, du, au, ids, "territoire", "ARA")).isEmpty();
        assertThat(vus(national, du, au, ids, "territoire", "69")).isEmpty();
        assertThat(vus(controleur("IDF", "REG"), du, au, ids, "territoire", "75")).containsExactly(a + "@75");

        // a territory outside the perimeter is a form error, not a way round it
        MvcResult hors = planning(controleur("75", "DEP"), "territoire", "92");
        assertThat(erreurs(hors).getFieldError("territoire").getCode()).isEqualTo("controle.planning.erreur.territoire");
        assertThat(lignes(hors)).isEmpty();

        // without the role Controle: 403, the CSV and the criteria page too
        for (UtilisateurConnecte sans : List.of(agent("75", "DEP", "DemandeSejour_Ecriture", "eig"),
                agent("FRA", "NAT", "DemandeSejour_Ecriture", "Compte", "Agrement"))) {
            mvc.perform(get("/bo/controles").with(en(sans))).andExpect(status().isForbidden());
            mvc.perform(get("/bo/controles/planning.csv").with(en(sans))).andExpect(status().isForbidden());
            mvc.perform(get("/bo/controles/criteres").with(en(sans))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/bo/controles").with(en(o.membre()))).andExpect(status().is4xxClientError());
    }

    @Test
    void laPeriodeEtLesStatuts() throws Exception {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc);
        LocalDate du = debut.plusDays(30);
        LocalDate au = du.plusDays(9);
        long finitLeJourDuDebut = SejoursPourEig.declaration(jdbc, o, "VALIDEE 8J", du.minusDays(6), du);
        long commenceLeDernierJour = SejoursPourEig.declaration(jdbc, o, "SEJOUR EN COURS", au, au.plusDays(6));
        long avant = SejoursPourEig.declaration(jdbc, o, "VALIDEE 8J", du.minusDays(9), du.minusDays(1));
        long apres = SejoursPourEig.declaration(jdbc, o, "VALIDEE 8J", au.plusDays(1), au.plusDays(5));
        long nonValidee = SejoursPourEig.declaration(jdbc, o, "TRANSMISE 8J", du, au);
        long terminee = SejoursPourEig.declaration(jdbc, o, "TERMINEE", du, au);
        long annulee = SejoursPourEig.declaration(jdbc, o, "ANNULEE", du, au);
        Set<Long> ids = Set.of(finitLeJourDuDebut, commenceLeDernierJour, avant, apres, nonValidee, terminee, annulee);

        // finitLeJourDuDebut is in 92 on its last day, commenceLeDernierJour in 75 on its first
        assertThat(vus(controleur("IDF", "REG"), du, au, ids)).containsExactlyInAnyOrder(
                finitLeJourDuDebut + "@92", commenceLeDernierJour + "@75");

        // the default period: today to today + 28 days
        MvcResult defaut = planning(controleur("75", "DEP"));
        FiltreVue f = FiltreVue.de(defaut);
        assertThat(f.debut()).isEqualTo(aujourdhui.toString());
        assertThat(f.fin()).isEqualTo(aujourdhui.plusDays(28).toString());
        assertThat(erreurs(defaut).hasErrors()).isFalse();

        // typed French dates are read too
        assertThat(vus(controleur("IDF", "REG"), du, au, ids)).isEqualTo(lignes(planning(controleur("IDF", "REG"),
                "debut", FR.format(du), "fin", FR.format(au))).stream()
                .filter(l -> ids.contains(l.sejour().declarationId()))
                .map(l -> l.sejour().declarationId() + "@" + l.sejour().departement()).collect(Collectors.toSet()));

        // validation, in French, next to the field
        Map<String, String> cas = Map.of("debut=abc", "debut:controle.planning.erreur.debut",
                "fin=31/02/2027", "fin:controle.planning.erreur.fin",
                "fin=" + du.minusDays(1), "fin:controle.planning.erreur.fin-avant-debut",
                "fin=" + du.plusDays(93), "fin:controle.planning.erreur.trop-longue");
        for (Map.Entry<String, String> c : cas.entrySet()) {
            String[] p = c.getKey().split("=");
            MvcResult r = planning(controleur("75", "DEP"), "debut", p[0].equals("debut") ? p[1] : du.toString(),
                    "fin", p[0].equals("fin") ? p[1] : au.toString());
            String[] attendu = c.getValue().split(":");
            assertThat(erreurs(r).getFieldError(attendu[0])).as(c.getKey()).isNotNull();
            assertThat(erreurs(r).getFieldError(attendu[0]).getCode()).isEqualTo(attendu[1]);
            assertThat(lignes(r)).isEmpty();
            assertThat(r.getResponse().getContentAsString()).contains("fr-error-text")
                    .containsAnyOf("Saisissez", "Choisissez");
        }
        assertThat(planning(controleur("75", "DEP"), "debut", du.toString(), "fin", du.plusDays(92).toString())
                .getModelAndView().getModel().get("lignes")).as("92 days is allowed").isNotNull();
        assertThat(erreurs(planning(controleur("75", "DEP"), "debut", du.toString(), "fin",
                du.plusDays(92).toString())).hasErrors()).isFalse();
    }

    /** The filter as the page kept it. */
    private record FiltreVue(String debut, String fin) {
        static FiltreVue de(MvcResult r) {
            fr.vao.controle.web.FiltrePlanning f = (fr.vao.controle.web.FiltrePlanning) r.getModelAndView().getModel()
                    .get("filtre");
            return new FiltreVue(f.getDebut(), f.getFin());
        }
    }

    @Test
    void lesCriteresViennentDesDonnees() throws Exception {
        SejoursPourEig.Organisateur o = SejoursPourEig.organisateur(jdbc);
        LocalDate du = debut.plusDays(60);
        long ancien = SejoursPourEig.declaration(jdbc, o, "TERMINEE", du.minusDays(200), du.minusDays(190));
        long sejour = SejoursPourEig.declaration(jdbc, o, "VALIDEE 8J", du.plusDays(1), du.plusDays(8));
        SejoursPourEig.Organisateur neuf = SejoursPourEig.organisateur(jdbc);
        long premier = SejoursPourEig.declaration(jdbc, neuf, "VALIDEE 8J", du.plusDays(1), du.plusDays(8));
        // the new organiser: 30 vacanciers with polyhandicap, 2 staff (SejoursPourEig), itinerant, agrément ending
        // during the stay; the known one: an EIG on its earlier stay, an inspection carried out, one planned
        jdbc.sql("""
                update declaration_sejour set itinerant = true, effectif = 30,
                    vacanciers = '{"femmes":10,"hommes":20,"total":30,"tranchesAge":["18_39"],"deficiences":["polyhandicap","mental"]}'
                where id = :id""").param("id", premier).update();
        jdbc.sql("""
                update declaration_sejour set effectif = 8, vacanciers = jsonb_set(vacanciers, '{total}', '8')
                where id = :id""").param("id", sejour).update();
        jdbc.sql("update agrement set date_fin_validite = :fin where organisme_id = :o").param("fin", du.plusDays(4))
                .param("o", neuf.organismeId()).update();
        jdbc.sql("""
                insert into eig (statut, declaration_id, organisme_id, auteur_id, departement, date_incident,
                    sejour_libelle, sejour_debut, sejour_fin, cree_le, modifie_le)
                values ('ENVOYE', :d, :o, 0, '75', :j, 'Ancien', :j, :j, now(), now()),
                       ('BROUILLON', :s, :o, 0, '75', :j, 'Ancien', :j, :j, now(), now())""")
                .param("d", ancien).param("s", sejour).param("o", o.organismeId()).param("j", du.minusDays(200))
                .update();
        jdbc.sql("""
                insert into inspection (declaration_id, organisme_id, hebergement_id, departement, statut,
                    date_prevue, cree_par, cree_le, modifie_le)
                values (:ancien, :o, null, '75', 'CLOTUREE', :passe, 0, now(), now()),
                       (:sejour, :o, :paris, '75', 'PLANIFIEE', :prevue, 0, now(), now()),
                       (:sejour, :o, :paris, '75', 'ANNULEE', :annulee, 0, now(), now())""")
                .param("ancien", ancien).param("sejour", sejour).param("o", o.organismeId()).param("paris", o.paris())
                .param("passe", du.minusDays(195)).param("prevue", du.plusDays(2)).param("annulee", du.plusDays(1))
                .update();

        MvcResult r = planning(controleur("IDF", "REG"), "debut", du.toString(), "fin", du.plusDays(10).toString(),
                "tri", "score");
        Map<String, PlanningControles.Ligne> parCle = lignes(r).stream()
                .filter(l -> Set.of(sejour, premier).contains(l.sejour().declarationId()))
                .collect(Collectors.toMap(l -> l.sejour().declarationId() + "@" + l.sejour().departement(), l -> l));
        assertThat(parCle).hasSize(4);

        PlanningControles.Ligne connu = parCle.get(sejour + "@75");
        assertThat(connu.score().contributions()).extracting(ScoreRisque.Contribution::critere).containsExactly(
                CritereRisque.EIG_ANTERIEURS, CritereRisque.INSPECTION_PLANIFIEE);
        assertThat(connu.score().contributions().get(0).arguments()).as("the draft is not counted")
                .containsExactly(1);
        assertThat(connu.inspectionPrevue()).isEqualTo(du.plusDays(2));
        assertThat(connu.score().total()).isEqualTo(25);
        PlanningControles.Ligne connu92 = parCle.get(sejour + "@92");
        assertThat(connu92.inspectionPrevue()).as("planned at the Paris hébergement only").isNull();

        PlanningControles.Ligne nouveau = parCle.get(premier + "@75");
        assertThat(nouveau.score().contributions()).extracting(ScoreRisque.Contribution::critere).containsExactly(
                CritereRisque.PREMIER_SEJOUR, CritereRisque.JAMAIS_INSPECTE, CritereRisque.ENCADREMENT_FAIBLE,
                CritereRisque.POLYHANDICAP, CritereRisque.DEFICIENCE_MENTALE, CritereRisque.ITINERANT,
                CritereRisque.AGREMENT_EXPIRANT, CritereRisque.GRAND_GROUPE, CritereRisque.NOUVEL_HEBERGEMENT);
        assertThat(nouveau.sejour().vacanciers()).isEqualTo(30);
        assertThat(nouveau.sejour().personnel()).isEqualTo(2);
        assertThat(nouveau.score().total()).isEqualTo(20 + 15 + 20 + 10 + 10 + 10 + 15 + 10 + 10);
        assertThat(lignes(r).indexOf(nouveau)).as("ranked by score").isLessThan(lignes(r).indexOf(connu));

        // the organisme listed as non agréé: the alert, with its reason
        jdbc.sql("""
                insert into organisme_non_agree (siret, nom, region_delivrance, nature_decision, date_decision,
                    modifie_par, modifie_le)
                select siret, 'Retiré', 'IDF', 'RETRAIT', current_date, 'test', now() from organisme where id = :o""")
                .param("o", o.organismeId()).update();
        PlanningControles.Ligne liste = lignes(planning(controleur("75", "DEP"), "debut", du.toString(), "fin",
                du.plusDays(10).toString())).stream().filter(l -> l.sejour().declarationId() == sejour).findFirst()
                .orElseThrow();
        assertThat(liste.score().remplit(CritereRisque.NON_AGREE)).isTrue();
        assertThat(liste.score().total()).isEqualTo(25 + 40);

        // the page shows the contributions and the link to plan an inspection; the CSV the same rows
        String html = planning(controleur("75", "DEP"), "debut", du.toString(), "fin", du.plusDays(10).toString())
                .getResponse().getContentAsString();
        assertThat(html).contains("Détail du score", "EIG sur des séjours antérieurs : +25",
                "Alerte « organisme non agréé » : +40 (Retrait)",
                "/bo/controles/inspections/nouvelle?declaration=" + sejour + "&amp;hebergement=" + o.paris(),
                "data-carte-liste=\"planning-points\"", "Inspection planifiée le " + FR.format(du.plusDays(2)),
                "aria-sort=\"descending\"");

        // by date: earliest arrival first, then ascending or descending as asked
        List<LocalDate> parDate = lignes(planning(controleur("IDF", "REG"), "debut", du.toString(), "fin",
                du.plusDays(10).toString(), "tri", "date")).stream().map(l -> l.sejour().arrivee()).toList();
        assertThat(parDate).isSorted().hasSizeGreaterThanOrEqualTo(4);
        List<Integer> scores = lignes(planning(controleur("IDF", "REG"), "debut", du.toString(), "fin",
                du.plusDays(10).toString(), "tri", "score", "ordre", "asc")).stream().map(l -> l.score().total())
                .toList();
        assertThat(scores).isSorted();
        assertThat(planning(controleur("IDF", "REG"), "debut", du.toString(), "fin", du.plusDays(10).toString(),
                "tri", "date", "regroupement", "jour").getResponse().getContentAsString())
                .contains("<caption>Arrivées du ").doesNotContain("<caption>Semaine du ");
        String csv = mvc.perform(get("/bo/controles/planning.csv").param("debut", du.toString())
                        .param("fin", du.plusDays(10).toString()).with(en(controleur("IDF", "REG"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String entete = csv.lines().findFirst().orElseThrow();
        assertThat(entete).contains("Score;Détail du score;Arrivée", "Premier séjour de l’organisateur",
                "Inspection déjà planifiée");
        String ligne = csv.lines().filter(l -> l.contains(numero(premier)) && l.contains("Maison des Lilas"))
                .findFirst().orElseThrow();
        assertThat(ligne).startsWith("120;").contains("Premier séjour de l’organisateur (+20)")
                .endsWith(";20;15;0;20;10;10;10;0;15;10;10;0");
        assertThat(mvc.perform(get("/bo/controles/planning.csv").param("debut", "x").with(en(controleur("75", "DEP"))))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;
    @org.springframework.beans.factory.annotation.Autowired
    private fr.vao.agrement.AgrementsPourControle agrements;

    /** An établissement secondaire takes its siège's agrément and listing (the rules of OrganismesNonAgrees.alerte). */
    @Test
    void lEtablissementSecondairePrendLAgrementEtLaListeDeSonSiege() {
        SejoursPourEig.Organisateur siege = SejoursPourEig.organisateur(jdbc);
        SejoursPourEig.Organisateur etab = SejoursPourEig.organisateur(jdbc);
        String siren = jdbc.sql("select siren from organisme where id = :id").param("id", siege.organismeId())
                .query(String.class).single();
        jdbc.sql("update organisme set siren = :siren, siret = :siren || '00029', porteur_agrement = false where id = :id")
                .param("siren", siren).param("id", etab.organismeId()).update();
        jdbc.sql("update agrement set date_fin_validite = date '2030-01-31' where organisme_id = :id")
                .param("id", siege.organismeId()).update();
        jdbc.sql("update agrement set date_fin_validite = date '2027-01-31' where organisme_id = :id")
                .param("id", etab.organismeId()).update();
        assertThat(agrements.etats(List.of(etab.organismeId())).get(etab.organismeId()))
                .isEqualTo(new fr.vao.agrement.AgrementsPourControle.EtatAgrement(null, LocalDate.of(2030, 1, 31)));
        jdbc.sql("""
                insert into organisme_non_agree (siret, nom, region_delivrance, nature_decision, date_decision,
                    modifie_par, modifie_le)
                select siret, 'Siège suspendu', 'IDF', 'SUSPENSION', current_date, 'test', now() from organisme
                where id = :o""").param("o", siege.organismeId()).update();
        var etats = agrements.etats(List.of(etab.organismeId(), siege.organismeId()));
        assertThat(etats.get(etab.organismeId()).nonAgree()).isEqualTo("agrement.non-agree.nature.SUSPENSION");
        assertThat(etats.get(siege.organismeId()).nonAgree()).isEqualTo("agrement.non-agree.nature.SUSPENSION");
    }

    /** The stops of a period are read from the V135 indexes (seq scans off: the test tables are small). */
    @Test
    void lesEtapesDeLaPeriodeSontLuesParLIndex() {
        String plan = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(t -> {
            jdbc.sql("set local enable_seqscan = off").update();
            String departement = String.join("\n", jdbc.sql("""
                    explain select dh.declaration_id, dh.hebergement_id from declaration_hebergement dh
                    where dh.date_fin >= :debut and dh.date_debut <= :fin and dh.departement in ('75', '92')""")
                    .param("debut", debut).param("fin", debut.plusDays(28)).query(String.class).list());
            String national = String.join("\n", jdbc.sql("""
                    explain select dh.declaration_id, dh.hebergement_id from declaration_hebergement dh
                    where dh.date_fin >= :debut and dh.date_debut <= :fin""")
                    .param("debut", debut).param("fin", debut.plusDays(28)).query(String.class).list());
            return departement + "\n---\n" + national;
        });
        String[] parties = plan.split("---");
        assertThat(parties[0]).contains("declaration_hebergement_periode_idx");
        assertThat(parties[1]).contains("declaration_hebergement_fin_idx");
    }

    private String numero(long id) {
        return jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id).query(String.class)
                .single();
    }
}
