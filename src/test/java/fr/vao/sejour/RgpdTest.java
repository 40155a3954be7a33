package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import fr.vao.organisme.PurgeRgpd;
import fr.vao.organisme.SuppressionOrganismes;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.taches.RapportTache;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * RGPD (issue 4 point 11, ADR 0021): the national administrators' deletion of an organisme and all its data, the
 * monthly purge of the organismes whose last stay ended more than 5 years ago. The stays of this class are in
 * 2001–2003 and the purge runs with the clock in 2006, long before every other test's stays, so that it only finds
 * this class's organismes.
 */
class RgpdTest extends TestIntegration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static long sequence = System.nanoTime() % 1_000_000 + 640_000;

    @Autowired
    SuppressionOrganismes suppressions;

    @Autowired
    PurgeRgpd purge;

    private Parcours parcours;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
    }

    private void regler(LocalDate jour) {
        horloge.regler(jour.atTime(10, 0).atZone(PARIS).toInstant());
    }

    private static UtilisateurConnecte agent(String territoire, String niveau, String... roles) {
        return Connectes.agent(++sequence, territoire, niveau, roles);
    }

    /** An organisme agréé from 2000 to 2030, so that it may declare stays in the years of this class. */
    private OrganismesAgrees.Organisme organisme() {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        jdbc.sql("update agrement set date_obtention = date '2000-01-01', date_fin_validite = date '2030-01-01'"
                + " where organisme_id = :o").param("o", o.id()).update();
        return o;
    }

    /** A déclaration submitted through the organiser's pages (which generates its PDF) with the clock that year. */
    private long declaration(OrganismesAgrees.Organisme o, int annee) throws Exception {
        regler(LocalDate.of(annee, 3, 1));
        return parcours.transmise(o, LocalDate.of(annee, 7, 1), LocalDate.of(annee, 7, 10));
    }

    private UUID document(String type, Long objet, long deposePar) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into document (id, categorie, nom, type_mime, taille, sha256, depose_portail, depose_par,
                                      depose_le, rattachement_type, rattachement_id)
                values (:id, 'AGREMENT', 'piece.pdf', 'application/pdf', 4, :sha, 'FO', :par, now(), :type, :objet)""")
                .param("id", id).param("sha", "0".repeat(64)).param("par", deposePar).param("type", type)
                .param("objet", objet).update();
        jdbc.sql("insert into document_contenu (document_id, contenu) values (:id, :c)").param("id", id)
                .param("c", new byte[] {1, 2, 3, 4}).update();
        return id;
    }

    private long compte(String siret, String email) {
        return jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                values (:email, :mdp, 'Durand', 'Alice', '0612345678', :siret, true, 'IDF', 'VALIDATED', now())
                returning id""").param("email", email).param("mdp", HASH_DEMO).param("siret", siret)
                .query(Long.class).single();
    }

    private void membre(long organisateur, long organisme) {
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", organisateur).param("o", organisme).update();
    }

    /** What an organisme fully equipped holds, to check that all of it goes. */
    private record Equipe(OrganismesAgrees.Organisme organisme, long declaration, List<Long> comptes,
            List<UUID> documents) {
    }

    /**
     * A fiche with its protocols (and a protocol document), two hébergements (one with an ERP document), an
     * agrément with its document, a submitted déclaration (with its generated PDF) with a message and its
     * attachment, and two accounts (one of them with a document never attached).
     */
    private Equipe equipe(int annee) throws Exception {
        OrganismesAgrees.Organisme o = organisme();
        long id = declaration(o, annee);
        MvcResult r = mvc.perform(multipart("/sejours/" + id + "/messagerie").param("texte", "Bonjour, le car arrive.")
                .with(csrf()).with(en(o.membre()))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/sejours/" + id + "/messagerie");
        long message = jdbc.sql("select id from message where fil_type = 'declaration' and fil_id = :d")
                .param("d", id).query(Long.class).single();
        UUID pieceJointe = document("message", message, o.membre().id());
        jdbc.sql("update message set document_id = :doc where id = :m").param("doc", pieceJointe).param("m", message)
                .update();
        long second = compte(o.siret(), "rgpd-second-" + o.siret() + "@vao.test");
        membre(second, o.id());
        jdbc.sql("insert into organisateur_role (organisateur_id, role, accorde_le) values (:u, 'Eig_Lecture', now())")
                .param("u", second).update();
        long ligneHebergement = jdbc.sql("select id from hebergement where hebergement_id = :h and courante")
                .param("h", o.nanterre()).query(Long.class).single();
        UUID erp = document("HEBERGEMENT", ligneHebergement, o.membre().id());
        jdbc.sql("update hebergement set fichier_attestation_securite = :d where id = :id").param("d", erp)
                .param("id", ligneHebergement).update();
        long agrement = jdbc.sql("select id from agrement where organisme_id = :o").param("o", o.id())
                .query(Long.class).single();
        UUID copie = document("AGREMENT", agrement, o.membre().id());
        jdbc.sql("update agrement set document_id = :d where id = :id").param("d", copie).param("id", agrement)
                .update();
        UUID protocole = document("organisme-protocoles", o.id(), o.membre().id());
        UUID brouillon = document(null, null, second);
        jdbc.sql("""
                insert into organisme_historique (organisme_id, section, champ, avant, apres, auteur, cree_le)
                values (:o, 'RENSEIGNEMENTS', 'nomCommercial', null, 'Séjours Adaptés', 'Paul Martin', now())""")
                .param("o", o.id()).update();
        jdbc.sql("""
                insert into organisme_representant (identite_id, rang, nom, prenom, fonction)
                select id, 1, 'Martin', 'Paul', 'Président' from organisme_identite where organisme_id = :o""")
                .param("o", o.id()).update();
        jdbc.sql("""
                insert into organisme_etablissement (organisme_id, siret, denomination, actif, maj_le)
                values (:o, :s, 'Antenne', true, now())""").param("o", o.id())
                .param("s", o.siret().substring(0, 9) + "00029").update();
        List<UUID> documents = jdbc.sql("""
                select id from document where (rattachement_type = 'declaration' and rattachement_id = :d)
                   or id in (:ids)""").param("d", id).param("ids", List.of(pieceJointe, erp, copie, protocole,
                        brouillon)).query(UUID.class).list();
        assertThat(documents).as("the generated PDF and the five inserted").hasSizeGreaterThanOrEqualTo(6);
        return new Equipe(o, id, List.of(o.membre().id(), second), documents);
    }

    private long nombre(String sql, Object valeur) {
        return jdbc.sql(sql).param("v", valeur).query(Long.class).single();
    }

    /** The rows of this organisme (or of its déclaration, accounts, documents) in every table that holds them. */
    private Map<String, Long> lignes(Equipe e) {
        long o = e.organisme().id();
        Map<String, Long> n = new LinkedHashMap<>();
        n.put("organisme", nombre("select count(*) from organisme where id = :v", o));
        n.put("organisme_membre", nombre("select count(*) from organisme_membre where organisme_id = :v", o));
        n.put("organisme_identite", nombre("select count(*) from organisme_identite where organisme_id = :v", o));
        n.put("organisme_representant", nombre("""
                select count(*) from organisme_representant r join organisme_identite i on i.id = r.identite_id
                where i.organisme_id = :v""", o));
        n.put("organisme_etablissement", nombre("select count(*) from organisme_etablissement where organisme_id = :v",
                o));
        n.put("organisme_protocole_transport",
                nombre("select count(*) from organisme_protocole_transport where organisme_id = :v", o));
        n.put("organisme_protocole_sanitaire",
                nombre("select count(*) from organisme_protocole_sanitaire where organisme_id = :v", o));
        n.put("organisme_historique", nombre("select count(*) from organisme_historique where organisme_id = :v", o));
        n.put("agrement", nombre("select count(*) from agrement where organisme_id = :v", o));
        n.put("hebergement", nombre("select count(*) from hebergement where organisme_id = :v", o));
        n.put("declaration_sejour", nombre("select count(*) from declaration_sejour where organisme_id = :v", o));
        n.put("declaration_compteur_organisme",
                nombre("select count(*) from declaration_compteur_organisme where organisme_id = :v", o));
        for (String table : List.of("declaration_hebergement", "declaration_historique", "declaration_visibilite")) {
            n.put(table, nombre("select count(*) from " + table + " where declaration_id = :v", e.declaration()));
        }
        n.put("message", nombre("select count(*) from message where fil_type = 'declaration' and fil_id = :v",
                e.declaration()));
        n.put("fil_message", nombre("select count(*) from fil_message where fil_type = 'declaration' and fil_id = :v",
                e.declaration()));
        n.put("document", nombre("select count(*) from document where id in (:v)", e.documents()));
        n.put("document_contenu", nombre("select count(*) from document_contenu where document_id in (:v)",
                e.documents()));
        n.put("organisateur", nombre("select count(*) from organisateur where id in (:v)", e.comptes()));
        n.put("organisateur_role", nombre("select count(*) from organisateur_role where organisateur_id in (:v)",
                e.comptes()));
        return n;
    }

    private Map<String, Long> inventaire(long organisme) {
        return suppressions.inventaire(organisme).orElseThrow().lignes().stream()
                .collect(Collectors.toMap(SuppressionOrganismes.Ligne::cle, SuppressionOrganismes.Ligne::nombre));
    }

    @Test
    void unAdministrateurNationalVoitCeQuiSeraSupprimePuisSupprimeLOrganismeEtToutesSesDonnees() throws Exception {
        Equipe e = equipe(2003);
        Equipe autre = equipe(2003);
        Map<String, Long> autreAvant = lignes(autre);
        assertThat(lignes(e).values()).as("every table holds some of it").allMatch(n -> n > 0);
        UtilisateurConnecte admin = agent("FRA", "NAT", "Compte");

        Map<String, Long> inventaire = inventaire(e.organisme().id());
        assertThat(inventaire).containsEntry("rgpd.donnees.declarations", 1L)
                .containsEntry("rgpd.donnees.messages", 1L).containsEntry("rgpd.donnees.messages.documents", 1L)
                .containsEntry("rgpd.donnees.hebergements", 2L).containsEntry("rgpd.donnees.hebergements.documents", 1L)
                .containsEntry("rgpd.donnees.agrements", 1L).containsEntry("rgpd.donnees.agrements.documents", 1L)
                .containsEntry("rgpd.donnees.fiche", 1L).containsEntry("rgpd.donnees.fiche.protocoles", 2L)
                .containsEntry("rgpd.donnees.fiche.documents", 1L).containsEntry("rgpd.donnees.fiche.etablissements", 1L)
                .containsEntry("rgpd.donnees.comptes", 2L).containsEntry("rgpd.donnees.comptes.documents", 1L);
        assertThat(inventaire.get("rgpd.donnees.declarations.documents")).isGreaterThanOrEqualTo(1L);

        String detail = mvc.perform(get("/bo/organismes/" + e.organisme().id()).with(en(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Supprimer l’organisme et toutes ses données",
                "/bo/organismes/" + e.organisme().id() + "/suppression");
        String page = mvc.perform(get("/bo/organismes/" + e.organisme().id() + "/suppression").with(en(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Action irréversible", e.organisme().siret(), "<td>Déclarations de séjour</td>",
                "<td>Messages des déclarations de séjour</td>", "<td>Comptes utilisateurs de l’organisme</td>",
                "<td>Hébergements</td>", "<td>2</td>", "Je confirme la suppression définitive");

        // no confirmation, or another SIRET: nothing goes
        String refus = mvc.perform(post("/bo/organismes/" + e.organisme().id() + "/suppression")
                .param("siret", autre.organisme().siret()).with(csrf()).with(en(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refus).contains("Cochez la case pour confirmer la suppression définitive",
                "Le SIRET saisi n’est pas celui de l’organisme");
        assertThat(lignes(e).get("organisme")).isEqualTo(1);

        MvcResult r = mvc.perform(post("/bo/organismes/" + e.organisme().id() + "/suppression")
                .param("confirmation", "true").param("siret", e.organisme().siret()).with(csrf()).with(en(admin)))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/bo/organismes");
        assertThat(r.getFlashMap().get("succes")).isEqualTo("rgpd.suppression.effectuee");

        assertThat(lignes(e)).as("no row of it left in any table").allSatisfy((table, n) -> assertThat(n)
                .as(table).isZero());
        assertThat(lignes(autre)).as("the other organisme untouched").isEqualTo(autreAvant);
        assertThat(attendreAudit("ORGANISME_SUPPRIME", "BO:" + admin.id(), e.organisme().siret())).isTrue();
        mvc.perform(get("/bo/organismes/" + e.organisme().id() + "/suppression").with(en(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void rienNEstSupprimeQuandUnAutreOrganismeUtiliseSesDonnees() throws Exception {
        OrganismesAgrees.Organisme etablissement = organisme();
        OrganismesAgrees.Organisme siege = organisme();
        long declaration = declaration(siege, 2003);
        // the siège's déclaration stays in an hébergement of the établissement (a version the siège may choose)
        jdbc.sql("""
                insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version, nom,
                    departement, date_debut, date_fin)
                select :d, 1, hebergement_id, id, nom, departement, date '2003-07-01', date '2003-07-10'
                from hebergement where hebergement_id = :h and courante""").param("d", declaration)
                .param("h", etablissement.paris()).update();
        UtilisateurConnecte admin = agent("FRA", "NAT", "Compte");

        String page = mvc.perform(post("/bo/organismes/" + etablissement.id() + "/suppression")
                .param("confirmation", "true").param("siret", etablissement.siret()).with(csrf()).with(en(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("La suppression a échoué et rien n’a été supprimé");
        assertThat(nombre("select count(*) from organisme where id = :v", etablissement.id())).isEqualTo(1);
        assertThat(nombre("select count(*) from organisme_membre where organisme_id = :v", etablissement.id()))
                .isEqualTo(1);
        assertThat(nombre("select count(*) from hebergement where organisme_id = :v", etablissement.id()))
                .isEqualTo(2);
    }

    @Test
    void seulUnAdministrateurNationalPeutSupprimerUnOrganisme() throws Exception {
        OrganismesAgrees.Organisme o = organisme();
        String chemin = "/bo/organismes/" + o.id() + "/suppression";
        for (UtilisateurConnecte u : List.of(agent("75", "DEP", "Compte", "DemandeSejour_Ecriture"),
                agent("IDF", "REG", "Compte"), agent("FRA", "NAT", "DemandeSejour_Lecture"))) {
            mvc.perform(get(chemin).with(en(u))).andExpect(status().isForbidden());
            mvc.perform(post(chemin).param("confirmation", "true").param("siret", o.siret()).with(csrf())
                    .with(en(u))).andExpect(status().isForbidden());
        }
        mvc.perform(get(chemin).with(en(o.membre()))).andExpect(status().isForbidden());
        assertThat(nombre("select count(*) from organisme where id = :v", o.id())).isEqualTo(1);
        String detail = mvc.perform(get("/bo/organismes/" + o.id()).with(en(agent("FRA", "NAT", "DemandeSejour_Lecture"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).doesNotContain(chemin);
        UtilisateurConnecte admin = agent("FRA", "NAT", "Compte");
        mvc.perform(get("/bo/organismes/987654321/suppression").with(en(admin))).andExpect(status().isNotFound());
        mvc.perform(post(chemin).param("confirmation", "true").param("siret", o.siret()).with(en(admin)))
                .andExpect(status().isForbidden());
        assertThat(nombre("select count(*) from organisme where id = :v", o.id())).as("no CSRF token").isEqualTo(1);
    }

    @Test
    void laPurgeEnSimulationListeLesOrganismesSansRienSupprimerPuisEnSuppressionNeGardeQueLesSejoursDeMoinsDe5Ans()
            throws Exception {
        Equipe ancien = equipe(2001);
        OrganismesAgrees.Organisme recent = organisme();
        long declarationRecente = declaration(recent, 2002);
        OrganismesAgrees.Organisme sansDeclaration = organisme();
        // 5 years and 1 day after the end of the old stay (10/07/2001); 4 years and 1 day after the recent one's
        regler(LocalDate.of(2006, 7, 11));

        RapportTache simulation = purge.purger(PurgeRgpd.Mode.SIMULATION);

        assertThat(simulation.erreurs()).isEmpty();
        assertThat(simulation.texte()).contains("Mode simulation : aucune donnée supprimée",
                "avant le 11/07/2001", "À supprimer : organisme " + ancien.organisme().id() + " (SIRET "
                        + ancien.organisme().siret() + ", dernier séjour terminé le 10/07/2001)",
                "Déclarations de séjour : 1", "Comptes utilisateurs de l’organisme : 2")
                .doesNotContain("organisme " + recent.id() + " ").doesNotContain("organisme " + sansDeclaration.id() + " ");
        assertThat(lignes(ancien).values()).as("nothing deleted").allMatch(n -> n > 0);
        assertThat(jdbc.sql("select count(*) from execution_tache where tache = 'PURGE_RGPD' and resultat = 'SUCCES'"
                + " and rapport like :r").param("r", "%organisme " + ancien.organisme().id() + " %")
                .query(Long.class).single()).isEqualTo(1);

        RapportTache suppression = purge.purger(PurgeRgpd.Mode.SUPPRESSION);

        assertThat(suppression.erreurs()).isEmpty();
        assertThat(suppression.traites()).isGreaterThanOrEqualTo(1);
        assertThat(suppression.texte()).contains("Supprimé : organisme " + ancien.organisme().id());
        assertThat(lignes(ancien)).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
        assertThat(nombre("select count(*) from declaration_sejour where id = :v", declarationRecente)).isEqualTo(1);
        assertThat(nombre("select count(*) from organisme where id = :v", recent.id())).isEqualTo(1);
        assertThat(nombre("select count(*) from organisme where id = :v", sansDeclaration.id()))
                .as("organismes without déclaration are left to the account jobs").isEqualTo(1);
        assertThat(attendreAudit("ORGANISME_SUPPRIME", "SYSTEME", ancien.organisme().siret())).isTrue();
    }

    private boolean attendreAudit(String type, String acteur, String cible) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (jdbc.sql("select count(*) from journal_audit where type = :t and cible like :c and acteur like :a")
                    .param("t", type).param("c", "%" + cible + "%").param("a", acteur + "%")
                    .query(Integer.class).single() > 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
