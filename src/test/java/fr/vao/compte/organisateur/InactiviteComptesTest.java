package fr.vao.compte.organisateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.plateforme.taches.RapportTache;

/**
 * The four account jobs. The clock is set in 2020, before every row other tests create (their registration date
 * is today), so that the jobs only find this class's accounts.
 */
class InactiviteComptesTest extends TestOrganisateur {

    private static final Instant T0 = OffsetDateTime.parse("2020-03-10T10:00:00+01:00").toInstant();
    private static final LocalDate JOUR0 = LocalDate.of(2020, 3, 10);
    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    InactiviteComptes taches;

    private String suffixe;

    @BeforeEach
    void preparer() throws Exception {
        envoyer();
        SMTP.purgeEmailFromAllMailboxes();
        horloge.regler(T0);
        suffixe = "-" + N.incrementAndGet() + "-" + System.nanoTime() + "@vao.test";
    }

    private long compte(String prefixe, String statut, Duration inactivite, boolean jamaisConnecte) {
        long id = creerOrganisateur(prefixe + suffixe, statut, "IDF", "73282932000074", true);
        OffsetDateTime base = T0.minus(inactivite).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime();
        jdbc.sql("update organisateur set cree_le = :cree, derniere_connexion_le = :connexion where id = :id")
                .param("cree", jamaisConnecte ? base : base.minusDays(400))
                .param("connexion", jamaisConnecte ? null : base).param("id", id).update();
        return id;
    }

    private Map<String, Object> ligne(long id) {
        return jdbc.sql("""
                select statut, inactivite_notifiee_le, bloque_temporairement_le, suppression_alertee_le,
                       suppression_rappelee_le, suppression_prevue_le from organisateur where id = :id""")
                .param("id", id).query().singleRow();
    }

    private void maj(long id, String affectation, Object valeur) {
        jdbc.sql("update organisateur set " + affectation + " = :v where id = :id").param("v", valeur)
                .param("id", id).update();
    }

    @Test
    void c1PrevientLesComptesValidesInactifsDepuis2A3MoisUneSeuleFois() {
        long inactif = compte("c1-inactif", "VALIDATED", Duration.ofDays(70), false);
        long jamais = compte("c1-jamais-connecte", "VALIDATED", Duration.ofDays(75), true);
        long recent = compte("c1-recent", "VALIDATED", Duration.ofDays(30), false);
        long enAttente = compte("c1-en-attente", "NEED_SIRET_VALIDATION", Duration.ofDays(70), true);
        long bloque = compte("c1-bloque", "BLOCKED", Duration.ofDays(70), false);

        RapportTache rapport = taches.notifierInactifs();

        assertThat(rapport.traites()).isGreaterThanOrEqualTo(2);
        assertThat(rapport.erreurs()).isEmpty();
        assertThat(ligne(inactif).get("inactivite_notifiee_le")).isNotNull();
        assertThat(ligne(jamais).get("inactivite_notifiee_le")).isNotNull();
        assertThat(ligne(recent).get("inactivite_notifiee_le")).isNull();
        assertThat(ligne(enAttente).get("inactivite_notifiee_le")).isNull();
        assertThat(ligne(bloque).get("inactivite_notifiee_le")).isNull();

        MimeMessage c1 = seulRecuPar("c1-inactif" + suffixe);
        assertThat(sujet(c1)).isEqualTo("Portail VAO - Désactivation provisoire de votre compte VAO dans 1 mois");
        assertThat(texte(c1)).contains("Bonjour Alice Durand").contains("le 10/04/2020");
        assertThat(recusPar("c1-jamais-connecte" + suffixe)).hasSize(1);
        assertThat(recusPar("c1-recent" + suffixe)).isEmpty();
        assertThat(recusPar("c1-en-attente" + suffixe)).isEmpty();

        taches.notifierInactifs();
        assertThat(recusPar("c1-inactif" + suffixe)).as("notified once").isEmpty();
        assertThat(jdbc.sql("select count(*) from execution_tache where tache = 'REQUEST_ACCOUNT2M' and debut = :t")
                .param("t", T0.atOffset(java.time.ZoneOffset.UTC)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void c2BloqueTemporairementLesComptesPrevenusInactifsDepuisPlusDe3Mois() throws Exception {
        long prevenu = compte("c2-prevenu", "VALIDATED", Duration.ofDays(100), false);
        maj(prevenu, "inactivite_notifiee_le", T0.minus(Duration.ofDays(35)).atOffset(java.time.ZoneOffset.UTC));
        long nonPrevenu = compte("c2-non-prevenu", "VALIDATED", Duration.ofDays(100), false);

        RapportTache rapport = taches.bloquerInactifs();

        assertThat(rapport.erreurs()).isEmpty();
        assertThat(ligne(prevenu).get("statut")).isEqualTo("TEMPORARY_BLOCKED");
        assertThat(ligne(prevenu).get("bloque_temporairement_le")).isNotNull();
        assertThat(ligne(nonPrevenu).get("statut")).isEqualTo("VALIDATED");
        MimeMessage c2 = seulRecuPar("c2-prevenu" + suffixe);
        assertThat(sujet(c2)).isEqualTo("Portail VAO - Désactivation provisoire de votre compte VAO");
        assertThat(texte(c2)).contains("Réinitialiser mon mot de passe")
                .contains("http://localhost:8080/mot-de-passe-oublie");
        assertThat(recusPar("c2-non-prevenu" + suffixe)).isEmpty();
        assertThat(attendreAudit("COMPTE_BLOQUE_INACTIVITE", "SYSTEME", "c2-prevenu" + suffixe)).isTrue();
    }

    @Test
    void c3PuisC4AnnoncentLaSuppressionDesComptesBloquesSansDeclaration() {
        long bloque = compte("c3-bloque", "TEMPORARY_BLOCKED", Duration.ofDays(151), false);
        long tropRecent = compte("c3-recent", "TEMPORARY_BLOCKED", Duration.ofDays(140), false);

        taches.alerterSuppressions();

        assertThat(ligne(bloque).get("suppression_prevue_le")).isEqualTo(java.sql.Date.valueOf(JOUR0.plusMonths(1)));
        assertThat(ligne(bloque).get("suppression_rappelee_le")).isNull();
        assertThat(ligne(tropRecent).get("suppression_alertee_le")).isNull();
        MimeMessage c3 = seulRecuPar("c3-bloque" + suffixe);
        assertThat(sujet(c3)).isEqualTo("Portail VAO - Suppression de votre compte dans 1 mois");
        assertThat(texte(c3)).contains("le 10/04/2020");

        horloge.regler(T0.plus(Duration.ofDays(22)));
        taches.alerterSuppressions();
        assertThat(recusPar("c3-bloque" + suffixe)).as("no reminder before 23 days").isEmpty();

        horloge.regler(T0.plus(Duration.ofDays(23)));
        taches.alerterSuppressions();
        taches.alerterSuppressions();
        assertThat(ligne(bloque).get("suppression_rappelee_le")).isNotNull();
        MimeMessage c4 = seulRecuPar("c3-bloque" + suffixe);
        assertThat(sujet(c4)).isEqualTo("Portail VAO - Suppression de votre compte dans 7 jours");
        assertThat(texte(c4)).contains("le 10/04/2020");
    }

    @Test
    void c5SupprimeLesComptesBloquesDepuisPlusDe180JoursALaDatePrevue() throws Exception {
        long aSupprimer = compte("c5-supprime", "TEMPORARY_BLOCKED", Duration.ofDays(181), false);
        maj(aSupprimer, "suppression_prevue_le", JOUR0.minusDays(1));
        long pasEncore = compte("c5-pas-encore", "TEMPORARY_BLOCKED", Duration.ofDays(181), false);
        maj(pasEncore, "suppression_prevue_le", JOUR0.plusDays(5));
        long refuse = compte("c5-refuse", "BLOCKED", Duration.ofDays(200), false);
        maj(refuse, "suppression_prevue_le", JOUR0.minusDays(1));

        RapportTache rapport = taches.supprimerInactifs();

        assertThat(rapport.erreurs()).isEmpty();
        assertThat(jdbc.sql("select count(*) from organisateur where id = :id").param("id", aSupprimer)
                .query(Integer.class).single()).isZero();
        assertThat(ligne(pasEncore).get("statut")).isEqualTo("TEMPORARY_BLOCKED");
        assertThat(ligne(refuse).get("statut")).isEqualTo("BLOCKED");
        MimeMessage c5 = seulRecuPar("c5-supprime" + suffixe);
        assertThat(sujet(c5)).isEqualTo("Portail VAO - Suppression de votre compte après inactivité");
        assertThat(texte(c5)).contains("a été supprimé").contains("http://localhost:8080/connexion/enregistrement");
        assertThat(recusPar("c5-pas-encore" + suffixe)).isEmpty();
        assertThat(attendreAudit("COMPTE_SUPPRIME", "SYSTEME", "c5-supprime" + suffixe)).isTrue();
    }
}
