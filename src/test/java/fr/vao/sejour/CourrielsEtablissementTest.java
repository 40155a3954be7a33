package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The organiser's mails of a déclaration of an établissement secondaire (spec §5.2, ADR 0006 amended): to the
 * établissement's validated users, in copy ("Cc") to its siège's validated users only, for the transmission, the
 * demande de compléments and the enregistrement.
 */
class CourrielsEtablissementTest extends TestIntegration {

    @Autowired
    EnvoiCourriels envoi;

    private Parcours parcours;
    private LocalDate debut;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
    }

    /** Another member of the organisme, with this account status. */
    private String membre(long organisme, String statut) {
        String email = "membre-" + statut.toLowerCase() + "-" + System.nanoTime() + "@vao.test";
        long id = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                select :email, :mdp, 'Bernard', 'Luc', '0612345678', siret, true, 'IDF', :statut, now()
                from organisme where id = :o returning id""").param("email", email).param("mdp", HASH_DEMO)
                .param("statut", statut).param("o", organisme).query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", id).param("o", organisme).update();
        return email;
    }

    /** The one mail sent with this subject, once the outbox is sent. */
    private MimeMessage courriel(String sujet) throws Exception {
        envoi.envoyerEnAttente();
        // GreenMail keeps one copy per recipient: the same Message-ID
        List<MimeMessage> recus = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return sujet.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
        assertThat(recus).as("mail « %s »", sujet).isNotEmpty();
        assertThat(recus.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).distinct()).as("one mail « %s »", sujet).hasSize(1);
        return recus.get(0);
    }

    private static List<String> adresses(MimeMessage m, Message.RecipientType type) throws Exception {
        Address[] a = m.getRecipients(type);
        return a == null ? List.of() : Arrays.stream(a).map(Address::toString).toList();
    }

    @Test
    void lesCourrielsDeLEtablissementVontEnCopieAuxUtilisateursValidesDeSonSiege() throws Exception {
        OrganismesAgrees.Organisme siege = OrganismesAgrees.nouveau(jdbc, true);
        String collegueSiege = membre(siege.id(), "VALIDATED");
        String siegeNonValide = membre(siege.id(), "NEED_SIRET_VALIDATION");
        OrganismesAgrees.Organisme etab = OrganismesAgrees.etablissement(jdbc, siege);
        String collegueEtab = membre(etab.id(), "VALIDATED");

        long id = parcours.transmise(etab, debut, debut.plusDays(7));
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(numero).as("the établissement declares under its siège's agrément").isNotNull();

        MimeMessage transmission = courriel("Portail VAO - Transmission de la déclaration de séjour VAO n°" + numero);
        assertThat(adresses(transmission, Message.RecipientType.TO))
                .containsExactlyInAnyOrder(etab.email(), collegueEtab);
        assertThat(adresses(transmission, Message.RecipientType.CC))
                .containsExactlyInAnyOrder(siege.email(), collegueSiege).doesNotContain(siegeNonValide);

        UtilisateurConnecte ddets = Connectes.agent(System.nanoTime() % 1_000_000 + 7_000_000, "75", "DEP",
                "DemandeSejour_Ecriture");
        parcours.poster(ddets, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", "" + parcours.version(id)));
        parcours.poster(ddets, "/bo/sejours/" + id + "/complements", Map.of("version", "" + parcours.version(id),
                "commentaire", "Précisez les activités prévues"));
        assertThat(parcours.statut(id)).isEqualTo("A MODIFIER");
        MimeMessage complements = courriel("Portail VAO - Demande de compléments sur la déclaration " + numero);
        assertThat(adresses(complements, Message.RecipientType.TO))
                .containsExactlyInAnyOrder(etab.email(), collegueEtab);
        assertThat(adresses(complements, Message.RecipientType.CC))
                .containsExactlyInAnyOrder(siege.email(), collegueSiege);

        parcours.transmettre(etab, id);
        parcours.poster(ddets, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", "" + parcours.version(id)));
        parcours.poster(ddets, "/bo/sejours/" + id + "/enregistrement", Map.of("version", "" + parcours.version(id)));
        assertThat(parcours.statut(id)).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");
        MimeMessage enregistrement = courriel("Portail VAO - Enregistrement de la déclaration " + numero);
        assertThat(adresses(enregistrement, Message.RecipientType.TO))
                .containsExactlyInAnyOrder(etab.email(), collegueEtab);
        assertThat(adresses(enregistrement, Message.RecipientType.CC))
                .containsExactlyInAnyOrder(siege.email(), collegueSiege).doesNotContain(siegeNonValide);
    }

    @Test
    void lesCourrielsDUnSiegeNOntPasDeCopie() throws Exception {
        OrganismesAgrees.Organisme siege = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.etablissement(jdbc, siege);
        long id = parcours.transmise(siege, debut, debut.plusDays(7));
        String numero = jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id)
                .query(String.class).single();
        MimeMessage transmission = courriel("Portail VAO - Transmission de la déclaration de séjour VAO n°" + numero);
        assertThat(adresses(transmission, Message.RecipientType.TO)).containsExactly(siege.email());
        assertThat(adresses(transmission, Message.RecipientType.CC)).isEmpty();
    }
}
