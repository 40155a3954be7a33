package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.plateforme.web.Pagination;
import fr.vao.support.TestIntegration;

/**
 * The organiser's home counters (spec §2.8.2) and its list filtered on several statuses with its CSV export
 * (spec §2.8.9): each counter over its organisme's déclarations, linking to the list filtered on its statuses.
 */
class ListesOrganisateurTest extends TestIntegration {

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    private void statut(long id, String code) {
        jdbc.sql("update declaration_sejour set statut = :s where id = :id").param("s", code).param("id", id).update();
    }

    @Test
    void lesCompteursDeLAccueilMenentALaListeFiltreeSurLeursStatuts() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        parcours.creer(o, debut, debut.plusDays(7));
        long transmise = parcours.transmise(o, debut, debut.plusDays(7));
        long aModifier = parcours.transmise(o, debut.plusDays(10), debut.plusDays(17));
        statut(aModifier, "A MODIFIER");
        long attente = parcours.transmise(o, debut.plusDays(20), debut.plusDays(27));
        statut(attente, "EN ATTENTE DECLARATION 8 JOURS");
        long terminee = parcours.transmise(o, debut.plusDays(30), debut.plusDays(37));
        statut(terminee, "TERMINEE");
        // another organisme's déclaration is not counted
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        parcours.transmise(autre, debut, debut.plusDays(7));

        MvcResult accueil = mvc.perform(get("/").with(en(o.membre()))).andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        List<Compteurs.Compteur> compteurs = (List<Compteurs.Compteur>) accueil.getModelAndView().getModel()
                .get("compteursDeclarations");
        assertThat(compteurs).extracting(Compteurs.Compteur::cle, Compteurs.Compteur::nombre).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sejour.compteur.fo.brouillons", 1L),
                org.assertj.core.groups.Tuple.tuple("sejour.compteur.fo.a-completer", 2L),
                org.assertj.core.groups.Tuple.tuple("sejour.compteur.fo.en-instruction", 1L),
                org.assertj.core.groups.Tuple.tuple("sejour.compteur.fo.finalisees", 0L),
                org.assertj.core.groups.Tuple.tuple("sejour.compteur.fo.en-cours", 0L),
                org.assertj.core.groups.Tuple.tuple("sejour.compteur.fo.terminees", 1L));
        String html = accueil.getResponse().getContentAsString();
        assertThat(html).contains("À compléter").contains(
                "href=\"/sejours?statut=A_MODIFIER&amp;statut=A_MODIFIER_8J&amp;statut=ATTENTE_8_JOURS\"");

        // the link of "à compléter": the list filtered on its three statuses (GET parameters, no JavaScript)
        MvcResult liste = mvc.perform(get("/sejours").param("statut", "A_MODIFIER", "A_MODIFIER_8J",
                "ATTENTE_8_JOURS").with(en(o.membre()))).andExpect(status().isOk()).andReturn();
        Pagination p = (Pagination) liste.getModelAndView().getModel().get("pagination");
        assertThat(p.total()).isEqualTo(2);
        String page = liste.getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"A_MODIFIER\" selected=\"selected\">")
                .contains("<option value=\"ATTENTE_8_JOURS\" selected=\"selected\">")
                .contains("href=\"/sejours/export.csv?statut=A_MODIFIER&amp;statut=A_MODIFIER_8J&amp;statut=ATTENTE_8_JOURS\"");
        assertThat(((Pagination) mvc.perform(get("/sejours").param("statut", "TRANSMISE").with(en(o.membre())))
                .andReturn().getModelAndView().getModel().get("pagination")).total()).isEqualTo(1);
        assertThat(transmise).isPositive();
    }

    @Test
    void unSiegeCompteLesDeclarationsDesEtablissementsDeSonSiren() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long etablissement = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le,
                                       modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, false, true, '75', 'IDF', now(), now()) returning id""")
                .param("siret", o.siret().substring(0, 9) + "00029").param("siren", o.siret().substring(0, 9))
                .query(Long.class).single();
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        jdbc.sql("update declaration_sejour set organisme_id = :e where id = :id").param("e", etablissement)
                .param("id", id).update();
        @SuppressWarnings("unchecked")
        List<Compteurs.Compteur> compteurs = (List<Compteurs.Compteur>) mvc.perform(get("/").with(en(o.membre())))
                .andReturn().getModelAndView().getModel().get("compteursDeclarations");
        assertThat(compteurs.get(2).nombre()).as("en instruction, the établissement's").isEqualTo(1);
    }

    @Test
    void leCsvSuitLesFiltresEtLeTriDeLaListeEtNeutraliseLesFormules() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        parcours.creer(o, debut, debut.plusDays(7));
        long a = parcours.transmise(o, debut, debut.plusDays(7));
        long b = parcours.transmise(o, debut.plusDays(10), debut.plusDays(17));
        jdbc.sql("update declaration_sejour set libelle = '=HYPERLINK(\"x\")' where id = :id").param("id", b).update();
        Map<Long, String> numeros = Map.of(a, numero(a), b, numero(b));

        MvcResult r = mvc.perform(get("/sejours/export.csv").param("statut", "TRANSMISE").param("tri", "debut")
                .param("ordre", "asc").with(en(o.membre()))).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("text/csv");
        String csv = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lignes = csv.lines().toList();
        assertThat(lignes.get(0))
                .isEqualTo("\uFEFFreference;libelle;departement;etablissement;siret;date_debut;date_fin;statut;hebergement_nom");
        assertThat(lignes).hasSize(3);
        assertThat(lignes.get(1)).startsWith(numeros.get(a) + ";Été à la mer;75;SEJOURS ADAPTES " + o.siret() + ";"
                + o.siret() + ";" + debut + ";" + debut.plusDays(7) + ";TRANSMISE;Maison des Lilas");
        assertThat(lignes.get(2)).startsWith(numeros.get(b) + ";\"'=HYPERLINK(\"\"x\"\")\";");
        // the other order
        String inverse = new String(mvc.perform(get("/sejours/export.csv").param("statut", "TRANSMISE")
                .param("tri", "debut").param("ordre", "desc").with(en(o.membre()))).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(inverse.lines().skip(1).findFirst().orElseThrow()).startsWith(numeros.get(b));
    }

    @Test
    void laSyntheseDUneDeclarationTransmiseDonneLeContactDeLaDdets() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long brouillon = parcours.creer(o, debut, debut.plusDays(7));
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        assertThat(synthese(o, id)).contains("Votre interlocuteur : la DDETS Paris (75)");
        assertThat(synthese(o, brouillon)).doesNotContain("Votre interlocuteur");

        jdbc.sql("update declaration_sejour set departement_suivi = '23' where id = :id").param("id", id).update();
        jdbc.sql("""
                insert into fiche_territoire (territoire_code, service_email, service_telephone, correspondant_nom,
                                              correspondant_prenom)
                values ('23', 'ddets-23-contact@vao.test', '0555000023', 'Durand', 'Agnès')
                on conflict (territoire_code) do update set service_email = excluded.service_email,
                    service_telephone = excluded.service_telephone, correspondant_nom = excluded.correspondant_nom,
                    correspondant_prenom = excluded.correspondant_prenom""").update();
        assertThat(synthese(o, id)).contains("Votre interlocuteur : la DDETS Creuse (23)")
                .contains("href=\"mailto:ddets-23-contact@vao.test\"").contains("Téléphone : 0555000023")
                .contains("Correspondant VAO : Agnès Durand");
    }

    /** Writes the messagerie's read model of a déclaration as a post and a read would leave it. */
    private void fil(long id, String dernierDe, boolean lu, int minutes) {
        jdbc.sql("""
                insert into fil_message (fil_type, fil_id, nombre, dernier_le, dernier_de, dernier_lu)
                values ('declaration', :id, 1, now() - make_interval(mins => :m), :de, :lu)""").param("id", id)
                .param("m", minutes).param("de", dernierDe).param("lu", lu).update();
    }

    @Test
    void laListeMontreEtTrieLEtatDesMessagesVuParLOrganisateur() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long sans = parcours.transmise(o, debut, debut.plusDays(7));
        long repondu = parcours.transmise(o, debut.plusDays(10), debut.plusDays(17));
        long lu = parcours.transmise(o, debut.plusDays(20), debut.plusDays(27));
        long nonLu = parcours.transmise(o, debut.plusDays(30), debut.plusDays(37));
        long nonLuAncien = parcours.transmise(o, debut.plusDays(40), debut.plusDays(47));
        // the organiser wrote last (RÉPONDU whether the agent read it or not); the agent wrote last, read or not
        fil(repondu, "ORGANISATEUR", false, 5);
        fil(lu, "AGENT", true, 5);
        fil(nonLu, "AGENT", false, 5);
        fil(nonLuAncien, "AGENT", false, 60);

        MvcResult r = mvc.perform(get("/sejours").param("tri", "messages").param("ordre", "asc")
                .with(en(o.membre()))).andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        List<LigneDeclaration> lignes = (List<LigneDeclaration>) r.getModelAndView().getModel().get("lignes");
        assertThat(lignes).extracting(LigneDeclaration::id).containsExactly(nonLu, nonLuAncien, lu, repondu, sans);
        assertThat(lignes).extracting(LigneDeclaration::messages).containsExactly(fr.vao.messagerie.Etat.NON_LU,
                fr.vao.messagerie.Etat.NON_LU, fr.vao.messagerie.Etat.LU, fr.vao.messagerie.Etat.REPONDU, null);
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("aria-sort=\"ascending\"").contains(">Messages</a>")
                .contains("fr-badge--new\">Non lu</p>").contains("fr-badge--info\">Lu</p>")
                .contains("fr-badge--success\">Répondu</p>");

        @SuppressWarnings("unchecked")
        List<LigneDeclaration> inverse = (List<LigneDeclaration>) mvc.perform(get("/sejours")
                .param("tri", "messages").param("ordre", "desc").with(en(o.membre()))).andReturn().getModelAndView()
                .getModel().get("lignes");
        assertThat(inverse).extracting(LigneDeclaration::id).containsExactly(repondu, lu, nonLu, nonLuAncien, sans);

        // the CSV follows the same order
        String csv = new String(mvc.perform(get("/sejours/export.csv").param("tri", "messages").param("ordre", "asc")
                .with(en(o.membre()))).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(';'))).toList())
                .containsExactly(numero(nonLu), numero(nonLuAncien), numero(lu), numero(repondu), numero(sans));
    }

    private String synthese(OrganismesAgrees.Organisme o, long id) throws Exception {
        return mvc.perform(get("/sejours/" + id + "/synthese").with(en(o.membre()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String numero(long id) {
        return jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id).query(String.class)
                .single();
    }
}
