package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The messagerie of a déclaration (spec §2.10, ADR 0018): both sides post (text and/or one attachment), D11 to the
 * instructing DDETS's writers, D12 to the organisme's users; who reads, who posts, who gets a 404; the states of both
 * views and the read marks; the attachments' downloads; the agents' Messagerie page and the list's "messages" sort.
 */
class MessagerieDeclarationsTest extends TestIntegration {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static long sequence = 8_000_000 + System.nanoTime() % 1_000_000;

    @Autowired
    EnvoiCourriels envoi;

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
        antivirusSain();
    }

    private static UtilisateurConnecte agent(String territoire, String niveau, String... roles) {
        return Connectes.agent(++sequence, territoire, niveau, roles);
    }

    private static MockMultipartHttpServletRequestBuilder message(UtilisateurConnecte u, String chemin, String texte,
            MockMultipartFile... fichiers) {
        MockMultipartHttpServletRequestBuilder r = multipart(chemin);
        for (MockMultipartFile f : fichiers) {
            r.file(f);
        }
        if (texte != null) {
            r.param("texte", texte);
        }
        r.with(csrf()).with(en(u));
        return r;
    }

    private MvcResult poster(UtilisateurConnecte u, long id, String texte, MockMultipartFile... fichiers)
            throws Exception {
        String chemin = (u.portail() == fr.vao.plateforme.securite.Portail.BO ? "/bo" : "") + "/sejours/" + id
                + "/messagerie";
        return mvc.perform(message(u, chemin, texte, fichiers)).andReturn();
    }

    private String numero(long id) {
        return jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id).query(String.class)
                .single();
    }

    private String etatAgent(long id) {
        return jdbc.sql("select etat_agent || '/' || etat_organisateur from fil_message where fil_type = "
                + "'declaration' and fil_id = :id").param("id", id).query(String.class).single();
    }

    private String page(UtilisateurConnecte u, String chemin) throws Exception {
        return mvc.perform(get(chemin).with(en(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The recipients of the mails with this subject, once the outbox is sent. */
    private List<String> destinataires(String sujet) throws Exception {
        envoi.envoyerEnAttente();
        List<String> a = new java.util.ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (sujet.equals(m.getSubject())) {
                for (var r : m.getRecipients(jakarta.mail.Message.RecipientType.TO)) {
                    if (!a.contains(r.toString())) {
                        a.add(r.toString());
                    }
                }
            }
        }
        return a;
    }

    @Test
    void lOrganisateurEcritLaDdetsLitEtRepondChacunPrevenuParCourriel() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        String numero = numero(id);
        assertThat(jdbc.sql("select departement_suivi from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("75");
        String ecriture75 = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Ecriture");
        String lecture75 = OrganismesAgrees.agent(jdbc, "75", "DemandeSejour_Lecture");
        String ecriture69 = OrganismesAgrees.agent(jdbc, "69", "DemandeSejour_Ecriture");
        UtilisateurConnecte ddets = agent("75", "DEP", "DemandeSejour_Ecriture");
        UtilisateurConnecte lecteur = agent("75", "DEP", "DemandeSejour_Lecture");
        UtilisateurConnecte ddets69 = agent("69", "DEP", "DemandeSejour_Ecriture");

        // the organiser's detail: the tab, its warning once opened, no message yet
        assertThat(page(o.membre(), "/sejours/" + id + "/synthese")).contains("Messagerie", "Ouvrir la messagerie");
        assertThat(page(o.membre(), "/sejours/" + id + "/messagerie")).contains("Aucun message",
                "N’envoyez pas de données personnelles sensibles");

        // the organiser posts a text and a file: D11 to the DDETS 75's writers only
        MvcResult r = poster(o.membre(), id, "Bonjour, le car arrive à 10 h.",
                new MockMultipartFile("fichier", "horaires car.pdf", "application/pdf", PDF));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/sejours/" + id + "/messagerie#panneau-messagerie");
        String d11 = "Portail VAO - Nouveau message sur la déclaration " + numero;
        assertThat(destinataires(d11)).contains(ecriture75).doesNotContain(lecture75, ecriture69, o.email());
        MimeMessage mail = java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> { try { return d11.equals(m.getSubject()); } catch (Exception e) { return false; } })
                .findFirst().orElseThrow();
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("le car arrive",
                "/bo/sejours/" + id + "/messagerie");
        assertThat(etatAgent(id)).as("BO NON LU / FO REPONDU").isEqualTo("1/3");
        assertThat(page(o.membre(), "/sejours/" + id + "/messagerie")).contains("Répondu", "le car arrive à 10 h.");

        // the attachment: both sides download it, nobody else
        UUID document = jdbc.sql("select document_id from message where fil_type = 'declaration' and fil_id = :id")
                .param("id", id).query(UUID.class).single();
        mvc.perform(get("/documents/" + document).with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/bo/documents/" + document).with(en(ddets))).andExpect(status().isOk());
        mvc.perform(get("/bo/documents/" + document).with(en(lecteur))).andExpect(status().isOk());
        mvc.perform(get("/documents/" + document).with(en(autre.membre()))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/documents/" + document).with(en(ddets69))).andExpect(status().isNotFound());

        // another département: 404 everywhere, and not in its Messagerie page
        mvc.perform(get("/bo/sejours/" + id + "/messagerie").with(en(ddets69))).andExpect(status().isNotFound());
        assertThat(poster(ddets69, id, "Intrus").getResponse().getStatus()).isEqualTo(404);
        assertThat(page(ddets69, "/bo/messagerie")).doesNotContain(numero);
        // another organisme: 404 too
        mvc.perform(get("/sejours/" + id + "/messagerie").with(en(autre.membre()))).andExpect(status().isNotFound());
        assertThat(poster(autre.membre(), id, "Intrus").getResponse().getStatus()).isEqualTo(404);

        // a reader reads, cannot post, and does not mark as read
        assertThat(page(lecteur, "/bo/sejours/" + id + "/messagerie")).contains("le car arrive à 10 h.",
                "lecture seule").doesNotContain("Envoyer le message");
        assertThat(poster(lecteur, id, "Réponse").getResponse().getStatus()).isEqualTo(403);
        assertThat(etatAgent(id)).isEqualTo("1/3");
        assertThat(page(ddets, "/bo/messagerie?numero=" + numero)).contains(numero, "Non lu");

        // the instructeur opens the tab: read
        assertThat(page(ddets, "/bo/sejours/" + id + "/messagerie")).contains("le car arrive à 10 h.",
                "Envoyer le message", "N’envoyez pas de données personnelles sensibles");
        assertThat(etatAgent(id)).as("BO LU").isEqualTo("2/3");
        assertThat(jdbc.sql("select count(*) from message where fil_id = :id and lu_le is null").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(page(ddets, "/bo/messagerie?numero=" + numero)).contains(numero, ">Lu<");
        assertThat(page(o.membre(), "/sejours/" + id + "/messagerie")).contains("lu le ");

        // the instructeur answers: D12 to the organisme's users; BO REPONDU, FO NON LU until the organiser opens it
        assertThat(poster(ddets, id, "Merci, c’est noté.").getResponse().getRedirectedUrl())
                .isEqualTo("/bo/sejours/" + id + "/messagerie#panneau-messagerie");
        assertThat(destinataires(d11)).contains(o.email());
        assertThat(etatAgent(id)).isEqualTo("3/1");
        assertThat(page(o.membre(), "/sejours/" + id + "/synthese")).contains("Non lu");
        assertThat(etatAgent(id)).as("the summary marks nothing").isEqualTo("3/1");
        assertThat(page(o.membre(), "/sejours/" + id + "/messagerie")).contains("Merci, c’est noté.", "Lu");
        assertThat(etatAgent(id)).isEqualTo("3/2");
        assertThat(page(ddets, "/bo/sejours?numero=" + numero)).contains("Répondu");
    }

    @Test
    void unMessageTropLongOuVideEstRefuseEnFrancaisSansRienPerdre() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        String long1001 = "a".repeat(1001);
        MvcResult r = poster(o.membre(), id, long1001);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Le message ne doit pas dépasser 1 000 caractères.", long1001, "fr-input-group--error");
        r = poster(o.membre(), id, "   ");
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Saisissez un message ou joignez un fichier.");
        // a refused file: its reason next to the field, the text typed kept, nothing stored
        r = poster(o.membre(), id, "Voici le planning",
                new MockMultipartFile("fichier", "planning.txt", "text/plain", "pas un PDF".getBytes()));
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ce type de fichier n’est pas accepté", "Voici le planning");
        assertThat(jdbc.sql("select count(*) from message where fil_id = :id").param("id", id).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from document where categorie = 'MESSAGE' and depose_par = :u")
                .param("u", o.membre().id()).query(Long.class).single()).isZero();
        // a file alone is a message; 1000 characters too
        assertThat(poster(o.membre(), id, null, new MockMultipartFile("fichier", "p.pdf", "application/pdf", PDF))
                .getResponse().getRedirectedUrl()).endsWith("/messagerie#panneau-messagerie");
        assertThat(poster(o.membre(), id, "b".repeat(1000)).getResponse().getRedirectedUrl()).isNotNull();
        assertThat(jdbc.sql("select nombre from fil_message where fil_type = 'declaration' and fil_id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void leSiegeEcritSurLaDeclarationDeSonEtablissementEtEstPrevenuDesReponses() throws Exception {
        OrganismesAgrees.Organisme siege = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(siege, debut, debut.plusDays(7));
        // the déclaration becomes that of an établissement secondaire of the same SIREN
        String siren = siege.siret().substring(0, 9);
        long etablissement = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le,
                                       modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, false, true, '75', 'IDF', now(), now()) returning id""")
                .param("siret", siren + "00029").param("siren", siren).query(Long.class).single();
        String email = "etablissement-" + etablissement + "@vao.test";
        long membre = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                values (:email, :mdp, 'Durand', 'Léa', '0612345678', :siret, true, 'IDF', 'VALIDATED', now())
                returning id""").param("email", email).param("mdp", HASH_DEMO).param("siret", siren + "00029")
                .query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", membre).param("o", etablissement).update();
        jdbc.sql("update declaration_sejour set organisme_id = :o where id = :id").param("o", etablissement)
                .param("id", id).update();
        UtilisateurConnecte etab = Connectes.organisateur(membre, "IDF");

        // both post: the siège reads its établissements' déclarations and may write on them (ADR 0018)
        assertThat(poster(etab, id, "Question de l’établissement").getResponse().getRedirectedUrl()).isNotNull();
        assertThat(poster(siege.membre(), id, "Précision du siège").getResponse().getRedirectedUrl()).isNotNull();
        assertThat(page(siege.membre(), "/sejours/" + id + "/messagerie")).contains("Question de l’établissement",
                "Précision du siège", "Envoyer le message");
        // the answer goes to the établissement's users and to its siège's
        poster(agent("75", "DEP", "DemandeSejour_Ecriture"), id, "Réponse de la DDETS");
        assertThat(destinataires("Portail VAO - Nouveau message sur la déclaration " + numero(id)))
                .contains(email, siege.email());
    }

    @Test
    void pasDeMessagerieSurUnBrouillon() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long brouillon = parcours.creer(o, debut, debut.plusDays(7));
        assertThat(mvc.perform(get("/sejours/" + brouillon + "/messagerie").with(en(o.membre()))).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/sejours/" + brouillon + "/synthese");
        assertThat(poster(o.membre(), brouillon, "Bonjour").getResponse().getStatus()).isEqualTo(404);
        assertThat(page(o.membre(), "/sejours/" + brouillon + "/synthese")).doesNotContain("Ouvrir la messagerie");
    }

    @Test
    void laPageMessagerieFiltreEtTrieParEtat() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long nonLu = parcours.transmise(o, debut, debut.plusDays(7));
        long lu = parcours.transmise(o, debut, debut.plusDays(7));
        long repondu = parcours.transmise(o, debut, debut.plusDays(7));
        long sansMessage = parcours.transmise(o, debut, debut.plusDays(7));
        UtilisateurConnecte ddets = agent("75", "DEP", "DemandeSejour_Ecriture");
        poster(o.membre(), repondu, "Question 1");
        poster(ddets, repondu, "Réponse 1");
        poster(o.membre(), lu, "Question 2");
        page(ddets, "/bo/sejours/" + lu + "/messagerie");
        poster(o.membre(), nonLu, "Question 3");
        String organisme = o.siret();

        String liste = page(ddets, "/bo/messagerie?organisme=" + organisme);
        assertThat(liste).contains("3 déclarations avec des messages").doesNotContain(numero(sansMessage));
        assertThat(liste.indexOf(numero(nonLu))).isLessThan(liste.indexOf(numero(lu)));
        assertThat(liste.indexOf(numero(lu))).isLessThan(liste.indexOf(numero(repondu)));
        String inverse = page(ddets, "/bo/messagerie?organisme=" + organisme + "&tri=etat&ordre=desc");
        assertThat(inverse.indexOf(numero(repondu))).isLessThan(inverse.indexOf(numero(nonLu)));
        String parDate = page(ddets, "/bo/messagerie?organisme=" + organisme + "&tri=date");
        assertThat(parDate.indexOf(numero(nonLu))).as("the newest first").isLessThan(parDate.indexOf(numero(lu)));
        assertThat(page(ddets, "/bo/messagerie?organisme=" + organisme + "&etat=LU"))
                .contains("1 déclaration avec des messages", numero(lu)).doesNotContain(numero(nonLu));
        assertThat(page(ddets, "/bo/messagerie?numero=" + numero(repondu))).contains(numero(repondu))
                .doesNotContain(numero(lu));
        assertThat(page(ddets, "/bo/messagerie?libelle=mer&organisme=" + organisme)).contains(numero(lu));

        // the déclarations list sorts on the state too, those without message last
        String sejours = page(ddets, "/bo/sejours?organisme=" + organisme + "&tri=messages&desc=false");
        assertThat(sejours.indexOf(numero(nonLu))).isLessThan(sejours.indexOf(numero(lu)));
        assertThat(sejours.indexOf(numero(lu))).isLessThan(sejours.indexOf(numero(repondu)));
        assertThat(sejours.indexOf(numero(repondu))).isLessThan(sejours.indexOf(numero(sansMessage)));
        // no DemandeSejour role: no Messagerie page
        mvc.perform(get("/bo/messagerie").with(en(agent("75", "DEP", "Compte")))).andExpect(status().isForbidden());
    }
}
