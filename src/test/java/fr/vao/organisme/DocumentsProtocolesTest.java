package fr.vao.organisme;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The optional documents of the transport and sanitary steps (spec §2.5, §2.11): uploaded with the step, listed with
 * download links, removed on demand, read by the organisme's users, its établissements secondaires (read-only) and the
 * agents of its perimeter only. The upload rules themselves are DocumentsTest's.
 */
class DocumentsProtocolesTest extends TestIntegration {

    private static final AtomicInteger SIREN = new AtomicInteger(816_000_000);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    private static final UtilisateurConnecte DDETS_PARIS = Connectes.agent(7101, "75", "DEP");
    private static final UtilisateurConnecte DDETS_RHONE = Connectes.agent(7102, "69", "DEP");

    /** An organisme located in Paris, as step 1 leaves it (the tests are about steps 3 and 4). */
    private long organisme(String siret, boolean porteur) {
        long id = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, cree_le, modifie_le,
                                       departement, region)
                values ('PERSONNE_MORALE', :siret, :siren, :porteur, false, now(), now(), '75', 'IDF') returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).param("porteur", porteur)
                .query(Long.class).single();
        jdbc.sql("""
                insert into organisme_identite (organisme_id, courante, siret, verifiee, raison_sociale, cree_le)
                values (:o, true, :siret, true, :nom, now())""")
                .param("o", id).param("siret", siret).param("nom", "PROTOCOLES " + siret).update();
        return id;
    }

    private UtilisateurConnecte membre(long organisme) {
        long id = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut)
                select :email, :mdp, 'Martin', 'Paul', '0612345678', siret, true, 'IDF', 'VALIDATED'
                from organisme where id = :o returning id""")
                .param("email", "protocoles-" + organisme + "-" + System.nanoTime() + "@vao.test")
                .param("mdp", HASH_DEMO).param("o", organisme).query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", id).param("o", organisme).update();
        return Connectes.organisateur(id, "IDF");
    }

    private static MockMultipartHttpServletRequestBuilder transport(MockMultipartFile... fichiers) {
        MockMultipartHttpServletRequestBuilder r = multipart("/organisme/transport");
        Arrays.stream(fichiers).forEach(r::file);
        r.with(csrf()).param("responsables", "vacanciers").param("deplacementDurantSejour", "false");
        return r;
    }

    private static MockMultipartFile fichier(String nom, byte[] contenu) {
        return new MockMultipartFile("fichiers", nom, "application/octet-stream", contenu);
    }

    private List<UUID> documents(long organisme) {
        return jdbc.sql("""
                select id from document where rattachement_type = 'organisme-protocoles' and rattachement_id = :o
                order by nom""").param("o", organisme).query(UUID.class).list();
    }

    @Test
    void lesDocumentsDuTransportSeJoignentSeTelechargentEtSeRetirentAvecLEtape() throws Exception {
        antivirusSain();
        String siren = String.valueOf(SIREN.incrementAndGet());
        long siege = organisme(siren + "00011", true);
        UtilisateurConnecte u = membre(siege);

        mvc.perform(transport(fichier("Plan d'accès.pdf", PDF), fichier("véhicule.png", PNG)).with(en(u)))
                .andExpect(redirectedUrl("/organisme/sanitaire"));
        List<UUID> joints = documents(siege);
        assertThat(joints).hasSize(2);
        mvc.perform(get("/organisme/transport").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan_d_acces.pdf")))
                .andExpect(content().string(containsString("vehicule.png")))
                .andExpect(content().string(containsString("/documents/" + joints.get(0))));
        mvc.perform(get("/documents/" + joints.get(0)).with(en(u))).andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        // the synthèse lists them with the transport step's answers
        mvc.perform(get("/organisme/synthese").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/documents/" + joints.get(0))))
                .andExpect(content().string(containsString("vehicule.png")));

        // the sanitary step has its own documents
        mvc.perform(multipart("/organisme/sanitaire").file(fichier("trousse.pdf", PDF)).with(csrf()).with(en(u)))
                .andExpect(status().isOk());
        assertThat(documents(siege)).hasSize(2); // the sanitary answers were invalid: its file waits, unattached

        // removed on the next save; the change is in the history
        mvc.perform(transport().param("retraits", joints.get(1).toString()).with(en(u)))
                .andExpect(redirectedUrl("/organisme/sanitaire"));
        assertThat(documents(siege)).containsExactly(joints.get(0));
        assertThat(jdbc.sql("select count(*) from document where id = :id").param("id", joints.get(1))
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/organisme/historique").with(en(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan_d_acces.pdf, vehicule.png")));

        // an établissement secondaire reads its siège's documents, read-only
        UtilisateurConnecte secondaire = membre(organisme(siren + "00029", false));
        mvc.perform(get("/organisme/transport").with(en(secondaire))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan_d_acces.pdf")))
                .andExpect(content().string(not(containsString("name=\"fichiers\""))));
        mvc.perform(get("/documents/" + joints.get(0)).with(en(secondaire))).andExpect(status().isOk());

        // the back office lists them; an agent of the perimeter downloads them, another one does not see them
        mvc.perform(get("/bo/organismes/" + siege).with(en(DDETS_PARIS))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/bo/documents/" + joints.get(0))));
        mvc.perform(get("/bo/documents/" + joints.get(0)).with(en(DDETS_PARIS))).andExpect(status().isOk());
        mvc.perform(get("/bo/documents/" + joints.get(0)).with(en(DDETS_RHONE))).andExpect(status().isNotFound());

        // nor does the user of another organisme
        UtilisateurConnecte autre = membre(organisme(SIREN.incrementAndGet() + "00011", true));
        mvc.perform(get("/documents/" + joints.get(0)).with(en(autre))).andExpect(status().isNotFound());
    }

    @Test
    void unFichierRefuseEstSignaleEnFrancaisEtRienNEstEnregistre() throws Exception {
        antivirusSain();
        long siege = organisme(SIREN.incrementAndGet() + "00011", true);
        UtilisateurConnecte u = membre(siege);
        byte[] tropGros = Arrays.copyOf(PDF, 5_000_001);

        mvc.perform(transport(fichier("gros.pdf", tropGros), fichier("script.pdf", "#!/bin/sh".getBytes(
                StandardCharsets.US_ASCII))).with(en(u)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "documents"))
                .andExpect(content().string(containsString("« gros.pdf » : Le fichier dépasse la taille maximale")))
                .andExpect(content().string(containsString("« script.pdf » : Ce type de fichier n’est pas accepté")));
        assertThat(jdbc.sql("select count(*) from document where depose_portail = 'FO' and depose_par = :u")
                .param("u", u.id()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from organisme_protocole_transport where organisme_id = :o")
                .param("o", siege).query(Integer.class).single()).isZero();

        // an accepted file survives a refused save of the step, and is attached by the next one
        String page = mvc.perform(multipart("/organisme/transport").file(fichier("plan.pdf", PDF)).with(csrf())
                .param("responsables", "organisateur").with(en(u))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        UUID attente = jdbc.sql("select id from document where depose_portail = 'FO' and depose_par = :u")
                .param("u", u.id()).query(UUID.class).single();
        assertThat(page).contains("name=\"documents\" value=\"" + attente + "\"");
        mvc.perform(transport().param("documents", attente.toString()).with(en(u)))
                .andExpect(redirectedUrl("/organisme/sanitaire"));
        assertThat(documents(siege)).containsExactly(attente);

        // a document cannot be taken from someone else by posting its id
        long autreSiege = organisme(SIREN.incrementAndGet() + "00011", true);
        UtilisateurConnecte autre = membre(autreSiege);
        mvc.perform(transport().param("documents", attente.toString()).with(en(autre))).andExpect(status().isOk())
                .andExpect(content().string(containsString("n’est plus disponible")));
        assertThat(documents(autreSiege)).isEmpty();
        assertThat(documents(siege)).containsExactly(attente);
    }
}
