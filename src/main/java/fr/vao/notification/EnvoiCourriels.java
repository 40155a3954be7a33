package fr.vao.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.vao.plateforme.VaoProperties;
import fr.vao.plateforme.observabilite.CompteursMetier;
import io.micrometer.core.instrument.Counter;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the queued mails. A mail is claimed (status ENVOI) and committed before it is handed to SMTP, so that no
 * replica sends it twice; a failure schedules a retry with exponential backoff ({@code vao.courriel.delai-nouvel-essai},
 * 1 minute, doubling, at most 1 hour)
 * for 24 hours, after which the mail is marked ECHEC and shown to national agents.
 */
@Component
public class EnvoiCourriels {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoiCourriels.class);
    static final Duration DUREE_ESSAIS = Duration.ofHours(24);
    private static final Duration ENVOI_BLOQUE = Duration.ofMinutes(15);
    private static final Duration DELAI_MAX = Duration.ofHours(1);
    private static final int LOT = 50;

    private final JdbcClient jdbc;
    private final JavaMailSender smtp;
    private final VaoProperties proprietes;
    private final Clock horloge;

    private final boolean planifie;
    /** {@code vao_courriels_total{resultat}}: envoye, reessai (a retry is scheduled), echec (given up), interrompu. */
    private final Counter envoyes;
    private final Counter reessais;
    private final Counter echecs;
    private final Counter interrompus;
    private final Duration premierDelai;

    EnvoiCourriels(JdbcClient jdbc, JavaMailSender smtp, VaoProperties proprietes, Clock horloge,
            @Value("${vao.taches.actives:true}") boolean planifie,
            @Value("${vao.courriel.delai-nouvel-essai:PT1M}") Duration premierDelai, CompteursMetier compteurs) {
        this.planifie = planifie;
        this.premierDelai = premierDelai;
        String description = "Courriels passés au serveur SMTP ou en échec, par résultat";
        this.envoyes = compteurs.compteur("vao.courriels", description, "resultat", "envoye");
        this.reessais = compteurs.compteur("vao.courriels", description, "resultat", "reessai");
        this.echecs = compteurs.compteur("vao.courriels", description, "resultat", "echec");
        this.interrompus = compteurs.compteur("vao.courriels", description, "resultat", "interrompu");
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    record AEnvoyer(long id, String destinataires, String copies, String sujet, String corpsHtml, String corpsTexte, int tentatives,
            OffsetDateTime essaisDepuis) {
    }

    /**
     * The scheduled run. {@code vao.taches.actives=false} (tests) stops it even when another configuration enables
     * scheduling, so that tests decide when mails leave.
     */
    @Scheduled(fixedDelayString = "${vao.courriel.intervalle-envoi:PT10S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "envoi-courriels", lockAtMostFor = "PT10M")
    void planifie() {
        if (planifie) {
            envoyerEnAttente();
        }
    }

    /** Sends every due mail (called by the schedule; tests call it directly). */
    public void envoyerEnAttente() {
        List<AEnvoyer> lot;
        do {
            lot = reserver();
            lot.forEach(this::envoyer);
        } while (lot.size() == LOT);
        marquerIncertains();
    }

    /** Claims a batch of due mails: the claim commits before any of them is sent. */
    List<AEnvoyer> reserver() {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        return jdbc.sql("""
                update courriel set statut = 'ENVOI', tentatives = tentatives + 1, prochain_essai_le = :maintenant
                where id in (select id from courriel where statut = 'A_ENVOYER' and prochain_essai_le <= :maintenant
                             order by prochain_essai_le limit :lot for update skip locked)
                returning id, destinataires, copies, sujet, corps_html, corps_texte, tentatives, essais_depuis""")
                .param("maintenant", maintenant)
                .param("lot", LOT)
                .query(AEnvoyer.class).list();
    }

    private void envoyer(AEnvoyer courriel) {
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper aide = new MimeMessageHelper(message, true, "UTF-8");
            aide.setFrom(proprietes.courriel().expediteur(), "Portail VAO");
            aide.setReplyTo(proprietes.courriel().repondreA());
            aide.setTo(courriel.destinataires().split(","));
            if (courriel.copies() != null) {
                aide.setCc(courriel.copies().split(","));
            }
            aide.setSubject(courriel.sujet());
            aide.setText(courriel.corpsTexte(), courriel.corpsHtml());
            message.saveChanges();
            message.setHeader("Message-ID", "<courriel-" + courriel.id() + "@vao.social.gouv.fr>");
            smtp.send(message);
            jdbc.sql("update courriel set statut = 'ENVOYE', envoye_le = :maintenant, derniere_erreur = null where id = :id")
                    .param("maintenant", OffsetDateTime.now(horloge)).param("id", courriel.id()).update();
            envoyes.increment();
        } catch (Exception e) {
            echec(courriel, e);
        }
    }

    private void echec(AEnvoyer courriel, Exception e) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        // the 24-hour window starts at the creation, or at the last "Renvoyer" of a national agent
        boolean abandon = !courriel.essaisDepuis().plus(DUREE_ESSAIS).isAfter(maintenant);
        Duration delai = premierDelai.multipliedBy(1L << Math.min(courriel.tentatives() - 1, 6));
        if (delai.compareTo(DELAI_MAX) > 0) {
            delai = DELAI_MAX;
        }
        LOG.warn("Échec d'envoi du courriel {} (tentative {}) : {}", courriel.id(), courriel.tentatives(), e.getMessage());
        jdbc.sql("""
                update courriel set statut = :statut, prochain_essai_le = :prochain, derniere_erreur = :erreur
                where id = :id""")
                .param("statut", abandon ? "ECHEC" : "A_ENVOYER")
                .param("prochain", maintenant.plus(delai))
                .param("erreur", String.valueOf(e.getMessage()))
                .param("id", courriel.id())
                .update();
        (abandon ? echecs : reessais).increment();
    }

    /** A mail left in ENVOI by a crashed replica may or may not have left: it is not retried blindly. */
    private void marquerIncertains() {
        int marques = jdbc.sql("""
                update courriel set statut = 'ECHEC',
                       derniere_erreur = 'Envoi interrompu : vérifiez auprès du destinataire avant de le renvoyer'
                where statut = 'ENVOI' and prochain_essai_le < :limite""")
                .param("limite", OffsetDateTime.now(horloge).minus(ENVOI_BLOQUE))
                .update();
        interrompus.increment(marques);
    }
}
