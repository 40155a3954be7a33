package fr.vao.agrement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.notification.EnvoiCourriels;
import fr.vao.plateforme.taches.RapportTache;
import fr.vao.support.TestIntegration;

/**
 * The agrément jobs (spec §2.6, §6) driven by the injected clock: the silence-vaut-accord timer (reminder once at
 * D-21, pause during corrections, resume, tacit approval with its attestation and the mails A11, A12) and the expiry
 * mails A13 and A14, each once, caught up when days were missed. The clock is set in 2031 and later, after every
 * other test's dates; the assertions only look at this class's agréments and recipients.
 */
class TachesAgrementsTest extends TestIntegration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String BOITE = InstructionAgrementsTest.BOITE_IDF;

    @Autowired
    TachesAgrements taches;
    @Autowired
    CycleAgrement cycle;
    @Autowired
    DemandesAgrement demandes;
    @Autowired
    EnvoiCourriels envoi;

    private final AuteurAgrement dreets = new AuteurAgrement(null, 77L, "DREETS IDF", "BO:77", "Marc Agent");

    @BeforeEach
    void preparer() {
        envoi.envoyerEnAttente();
        jdbc.sql("update fiche_territoire set service_email = :e where territoire_code = 'IDF'").param("e", BOITE)
                .update();
    }

    private void leJour(LocalDate jour) {
        horloge.regler(jour.atTime(10, 0).atZone(PARIS).toInstant());
    }

    private DemandeAgrement agir(long id, ActionAgrement action, AuteurAgrement auteur) {
        return cycle.appliquer(id, cycle.trouver(id).orElseThrow().version(), action, auteur,
                "Un commentaire de plus de vingt caractères", null);
    }

    /** A request of a new organisme whose completeness is confirmed on that day (the timer starts). */
    private long complete(OrganismesAgrement.Organisme o, LocalDate jour) {
        leJour(jour);
        long id = DemandesExemple.transmise(jdbc, demandes, cycle, horloge, o, DemandeAgrement.PREMIER);
        agir(id, ActionAgrement.PRENDRE_EN_CHARGE, dreets);
        agir(id, ActionAgrement.CONFIRMER_COMPLETUDE, dreets);
        return id;
    }

    private int nombre(String sujet, String destinataire) throws Exception {
        envoi.envoyerEnAttente();
        int n = 0;
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject().equals(sujet)) {
                for (var r : m.getRecipients(jakarta.mail.Message.RecipientType.TO)) {
                    if (r.toString().equals(destinataire)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private String corps(String sujet, String destinataire) throws Exception {
        envoi.envoyerEnAttente();
        List<String> corps = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject().equals(sujet) && m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString()
                    .equals(destinataire)) {
                corps.add(InstructionAgrementsTest.texte(m));
            }
        }
        assertThat(corps).hasSize(1);
        return corps.get(0);
    }

    private static String nom(OrganismesAgrement.Organisme o) {
        return "VACANCES POUR TOUS " + o.siret();
    }

    @Test
    void leDelaiRappelleUneFoisSeSuspendReprendPuisAccordeTacitement() throws Exception {
        OrganismesAgrement.Organisme o = OrganismesAgrement.nouveau(jdbc, null);
        OrganismesAgrement.Organisme p = OrganismesAgrement.nouveau(jdbc, null);
        LocalDate j0 = LocalDate.of(2031, 3, 3);
        long rappele = complete(o, j0);
        long corrige = complete(p, j0);
        assertThat(cycle.delai(rappele).orElseThrow().joursAccordes()).isEqualTo(61);
        String a11 = "Portail VAO - Rappel : Instruction du dossier de première demande d'agrément de " + nom(o)
                + " en attente de décision";

        // 10 days later the DREETS asks for corrections: p's timer pauses with 51 days left
        leJour(j0.plusDays(10));
        agir(corrige, ActionAgrement.DEMANDER_CORRECTIONS, dreets);

        // 23 days left: nothing yet; 21 days left: the reminder, once
        leJour(j0.plusDays(38));
        taches.silenceVautAccord();
        assertThat(nombre(a11, BOITE)).isZero();
        leJour(j0.plusDays(40));
        RapportTache rapport = taches.silenceVautAccord();
        assertThat(rapport.texte()).contains("Rappels J-21 :");
        assertThat(nombre(a11, BOITE)).isEqualTo(1);
        assertThat(corps(a11, BOITE)).contains("il reste 21 jours", "le 03/05/2031");
        taches.silenceVautAccord();
        leJour(j0.plusDays(41));
        taches.silenceVautAccord();
        assertThat(nombre(a11, BOITE)).as("once").isEqualTo(1);
        assertThat(jdbc.sql("select rappel_21j_le is not null from agrement_sva where agrement_id = :id")
                .param("id", rappele).query(Boolean.class).single()).isTrue();

        // paused, p is neither reminded nor granted, however long it waits
        leJour(j0.plusDays(90));
        taches.silenceVautAccord();
        assertThat(cycle.trouver(corrige).orElseThrow().statut()).isEqualTo(StatutAgrement.A_CORRIGER);
        assertThat(cycle.delai(corrige).orElseThrow().joursRestants(j0.plusDays(90))).isEqualTo(51);
        // o has elapsed meanwhile (and the job had not run): granted at this first run
        assertThat(cycle.trouver(rappele).orElseThrow().statut()).isEqualTo(StatutAgrement.VALIDE);

        // the organiser sends the corrections: running again, 51 days left
        DemandesExemple.transmettre(cycle, p, corrige);
        leJour(j0.plusDays(140));
        taches.silenceVautAccord();
        assertThat(cycle.trouver(corrige).orElseThrow().statut()).as("1 day left").isEqualTo(
                StatutAgrement.EN_INSTRUCTION);
        leJour(j0.plusDays(141));
        taches.silenceVautAccord();
        DemandeAgrement accorde = cycle.trouver(corrige).orElseThrow();
        assertThat(accorde.statut()).isEqualTo(StatutAgrement.VALIDE);
        assertThat(accorde.dateObtention()).isEqualTo(j0.plusDays(141));
        assertThat(accorde.dateFinValidite()).isEqualTo(j0.plusDays(141).plusYears(5));
        assertThat(cycle.delai(corrige).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.FINISHED);
        EntreeHistoriqueAgrement derniere = cycle.historique(corrige).get(0);
        assertThat(derniere.type()).isEqualTo(TypeHistoriqueAgrement.VALIDATION);
        assertThat(derniere.source()).isEqualTo("Automate VAO- Accord Tacite");
        assertThat(derniere.commentaire()).isEqualTo("VALIDE par accord tacite suite à la fin du SVA");

        // the attestation, generated and attached, readable by the organisme
        List<java.util.Map<String, Object>> attestation = jdbc.sql("""
                select d.id, d.nom, d.genere, length(c.contenu) taille from document d
                join document_contenu c on c.document_id = d.id
                where d.rattachement_type = 'AGREMENT' and d.rattachement_id = :id
                  and d.categorie = 'AGR_ATTESTATION_TACITE'""").param("id", corrige).query().listOfRows();
        assertThat(attestation).hasSize(1);
        assertThat(attestation.get(0).get("genere")).isEqualTo(true);
        byte[] pdf = jdbc.sql("select contenu from document_contenu where document_id = :id")
                .param("id", attestation.get(0).get("id")).query(byte[].class).single();
        String texte = pdfTexte(pdf);
        assertThat(texte).contains("Attestation d’acceptation tacite", "L232-3", nom(p), p.siret(),
                "03/03/2031", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(j0.plusDays(141)));
        // A12: the DREETS mailbox and the organisme's users, each its text
        String a12 = "Portail VAO - Validation tacite du dossier de première demande d'agrément de " + nom(p);
        assertThat(corps(a12, BOITE)).contains("délivrez l’arrêté d’agrément");
        assertThat(corps(a12, p.email())).contains("votre agrément est accordé tacitement");
        // granted once: the next run leaves it alone
        taches.silenceVautAccord();
        assertThat(cycle.historique(corrige).stream().filter(h -> h.type() == TypeHistoriqueAgrement.VALIDATION))
                .hasSize(1);
    }

    private static String pdfTexte(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
    }

    @Test
    void lesCourrielsDExpirationPartentChacunUneFoisEtRattrapentLesJoursManques() throws Exception {
        LocalDate j = LocalDate.of(2032, 1, 10);
        OrganismesAgrement.Organisme six = OrganismesAgrement.nouveau(jdbc, LocalDate.of(2032, 7, 11));
        OrganismesAgrement.Organisme urgent = OrganismesAgrement.nouveau(jdbc, j.plusDays(90));
        OrganismesAgrement.Organisme rattrape = OrganismesAgrement.nouveau(jdbc, j.plusMonths(5));
        OrganismesAgrement.Organisme expire = OrganismesAgrement.nouveau(jdbc, j.minusDays(1));
        String a13 = "Portail VAO - Votre agrément expire dans 6 mois";
        String a14 = "Portail VAO - [Urgent] Renouvelez votre agrément dès maintenant";

        leJour(j);
        taches.expirations();
        assertThat(nombre(a13, six.email())).as("6 months and 1 day left").isZero();
        assertThat(nombre(a14, urgent.email())).as("found at 90 days: A14").isEqualTo(1);
        assertThat(nombre(a13, urgent.email())).as("and A14 only").isZero();
        assertThat(nombre(a13, rattrape.email())).as("5 months left, the exact day missed").isEqualTo(1);
        assertThat(nombre(a13, expire.email()) + nombre(a14, expire.email())).as("expired: nothing").isZero();
        assertThat(corps(a14, urgent.email())).contains("expire le " + java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy").format(j.plusDays(90)));

        leJour(j.plusDays(1));
        taches.expirations();
        assertThat(nombre(a13, six.email())).as("6 months left").isEqualTo(1);
        taches.expirations();
        leJour(j.plusDays(2));
        taches.expirations();
        assertThat(nombre(a13, six.email())).as("once").isEqualTo(1);
        assertThat(nombre(a14, urgent.email())).as("once").isEqualTo(1);
        assertThat(nombre(a13, urgent.email())).isZero();

        // 120 days left: A14, once
        leJour(LocalDate.of(2032, 7, 11).minusDays(121));
        taches.expirations();
        assertThat(nombre(a14, six.email())).isZero();
        leJour(LocalDate.of(2032, 7, 11).minusDays(120));
        taches.expirations();
        taches.expirations();
        assertThat(nombre(a14, six.email())).isEqualTo(1);
        assertThat(nombre(a13, six.email())).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from agrement where organisme_id = :o and expiration_6m_envoye_le is not null
                and expiration_120j_envoye_le is not null""").param("o", six.id()).query(Integer.class).single())
                .isEqualTo(1);
    }
}
