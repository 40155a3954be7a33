package fr.vao.compte.organisateur;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.TestIntegration;

/** Helpers of the organiser-account tests: INSEE stubs, outbox flush, mail text, fixtures, agents. */
abstract class TestOrganisateur extends TestIntegration {


    @Autowired
    ApplicationContext contexte;

    static void inseeConnait(String siret, String codeCommune) {
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siret)).willReturn(okJson("""
                {"header":{"statut":200,"message":"ok"},
                 "etablissement":{"siren":"%s","nic":"%s","siret":"%s","etablissementSiege":true,
                   "uniteLegale":{"denominationUniteLegale":"ASSOCIATION VACANCES TEST","categorieJuridiqueUniteLegale":"9220"},
                   "adresseEtablissement":{"numeroVoieEtablissement":"12","typeVoieEtablissement":"RUE",
                     "libelleVoieEtablissement":"DE LA PAIX","codePostalEtablissement":"75002",
                     "libelleCommuneEtablissement":"PARIS","codeCommuneEtablissement":"%s"},
                   "periodesEtablissement":[{"etatAdministratifEtablissement":"A"}]}}"""
                .formatted(siret.substring(0, 9), siret.substring(9), siret, codeCommune))));
    }

    static void inseeRepond(String siret, int statut) {
        API.stubFor(get(urlPathEqualTo("/insee/siret/" + siret)).willReturn(aResponse().withStatus(statut)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"header\":{\"statut\":" + statut + ",\"message\":\"erreur\"}}")));
    }

    /** Sends the outbox now (the sending job does not run by itself in tests) and returns what GreenMail got. */
    List<MimeMessage> envoyer() {
        Object bean = contexte.getBean("envoiCourriels");
        Object cible = AopTestUtils.getUltimateTargetObject(bean);
        ReflectionTestUtils.invokeMethod(cible, "envoyerEnAttente");
        return Arrays.asList(SMTP.getReceivedMessages());
    }

    /** Messages already returned by {@link #recusPar}: each test sees each mail once. */
    private final java.util.Set<String> vus = new java.util.HashSet<>();

    /** The mails received by this address since the last call (the outbox is sent first). */
    List<MimeMessage> recusPar(String adresse) {
        List<MimeMessage> recus = List.of();
        // A mail of this address may be in the hands of another sender (claimed, status ENVOI): wait for it.
        for (int essai = 0; essai < 50; essai++) {
            recus = envoyer().stream().filter(m -> destinataires(m).contains(adresse))
                    .filter(m -> !vus.contains(cle(m, adresse))).toList();
            boolean enCours = jdbc.sql("""
                    select count(*) from courriel where destinataires like :a
                    and (statut = 'ENVOI' or (statut = 'A_ENVOYER' and prochain_essai_le <= :maintenant))""")
                    .param("a", "%" + adresse + "%").param("maintenant", java.time.OffsetDateTime.now(horloge))
                    .query(Integer.class).single() > 0;
            if (!enCours) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        recus.forEach(m -> vus.add(cle(m, adresse)));
        return recus;
    }

    private static String cle(MimeMessage m, String adresse) {
        try {
            return m.getMessageID() + "|" + adresse;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    MimeMessage seulRecuPar(String adresse) {
        List<MimeMessage> recus = recusPar(adresse);
        if (recus.size() != 1) {
            throw new AssertionError(recus.size() + " courriel(s) reçu(s) par " + adresse + " au lieu de 1 ; boîte d'envoi : "
                    + jdbc.sql("select sujet || ' ' || statut || ' ' || prochain_essai_le from courriel where destinataires like :a")
                            .param("a", "%" + adresse + "%").query(String.class).list());
        }
        return recus.get(0);
    }

    static String destinataires(MimeMessage m) {
        try {
            return String.join(",", Arrays.stream(m.getAllRecipients()).map(Object::toString).toList());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sujet(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text/plain part, then the decoded text/html part. */
    static String texte(MimeMessage m) {
        try {
            StringBuilder sortie = new StringBuilder();
            extraire(m, sortie);
            return sortie.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extraire(Part p, StringBuilder sortie) throws MessagingException, IOException {
        if (p.isMimeType("text/*")) {
            sortie.append(p.getContent()).append('\n');
        } else if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart partie = mp.getBodyPart(i);
                extraire(partie, sortie);
            }
        }
    }

    long creerOrganisateur(String email, String statut, String region, String siret, boolean verifie) {
        return jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie, region_code,
                                          statut)
                values (:email, :mdp, 'Durand', 'Alice', '0612345678', :siret, :verifie, :region, :statut) returning id""")
                .param("email", email).param("mdp", HASH_DEMO).param("siret", siret).param("verifie", verifie)
                .param("region", region).param("statut", statut).query(Long.class).single();
    }

    long creerAgent(String email, String territoire, String... roles) {
        long id = jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                values (:email, :mdp, 'Agent', 'Test', :territoire, now(), now()) returning id""")
                .param("email", email).param("mdp", HASH_DEMO).param("territoire", territoire)
                .query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("insert into agent_role (agent_id, role) values (:id, :role)").param("id", id).param("role", role)
                    .update();
        }
        return id;
    }

    /** Acts as a logged-in agent of {@code territoire} (niveau NAT, REG or DEP). */
    static RequestPostProcessor agent(long id, String email, String territoire, String niveau, String... roles) {
        UtilisateurConnecte u = new UtilisateurConnecte(Portail.BO, id, email, "Agent", "Test", Set.of(roles),
                territoire, niveau);
        List<SimpleGrantedAuthority> autorites = new java.util.ArrayList<>();
        autorites.add(new SimpleGrantedAuthority("ROLE_AGENT"));
        Arrays.stream(roles).map(SimpleGrantedAuthority::new).forEach(autorites::add);
        autorites.add(new SimpleGrantedAuthority("NIVEAU_" + niveau));
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, autorites));
    }

    /** The audit log is written asynchronously after commit: waits up to 10 seconds for the event. */
    boolean attendreAudit(String type, String acteur, String cible) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (jdbc.sql("select count(*) from journal_audit where type = :t and cible like :c and acteur like :a")
                    .param("t", type).param("c", "%" + cible + "%").param("a", acteur)
                    .query(Integer.class).single() > 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
