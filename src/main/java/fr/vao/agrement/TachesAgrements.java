package fr.vao.agrement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.plateforme.taches.ExecutionsTaches;
import fr.vao.plateforme.taches.RapportTache;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The agrément jobs (spec §2.6, §6; ADR 0027). {@code UPDATE_AND_NOTIFY_SVA}: every running or paused timer is
 * read again in its own transaction; at 21 days or less the DREETS is reminded once (A11), at 0 the request is
 * granted tacitly through {@link CycleAgrement#appliquer} with its attestation and the mails A12.
 * {@code REQUEST_AGREMENT}: the expiry mails of the active agréments, "6 months or less left and not yet sent"
 * (A13) and "120 days or less left and not yet sent" (A14), instead of the reference's "exactly that day", so that
 * a job that missed days catches up; an agrément found already at 120 days or less gets A14 only (A13 would then
 * announce 6 months that are no longer there).
 */
@Component
@PropertySource("classpath:config/agrement-taches.properties")
class TachesAgrements {

    static final String SVA = "UPDATE_AND_NOTIFY_SVA";
    static final String EXPIRATION = "REQUEST_AGREMENT";
    static final String COMMENTAIRE_TACITE = "VALIDE par accord tacite suite à la fin du SVA";
    static final int JOURS_URGENCE = 120;
    static final int MOIS_PREAVIS = 6;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ExecutionsTaches executions;
    private final DemandesAgrement demandes;
    private final CycleAgrement cycle;
    private final NotificationsInstruction notifications;
    private final AttestationTacite attestation;
    private final Clock horloge;

    TachesAgrements(JdbcClient jdbc, TransactionTemplate transaction, ExecutionsTaches executions,
            DemandesAgrement demandes, CycleAgrement cycle, NotificationsInstruction notifications,
            AttestationTacite attestation, Clock horloge) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.executions = executions;
        this.demandes = demandes;
        this.cycle = cycle;
        this.notifications = notifications;
        this.attestation = attestation;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${vao.taches.agrement.sva.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = SVA, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    RapportTache silenceVautAccord() {
        return executions.executer(SVA, rapport -> {
            LocalDate jour = aujourdhui();
            int rappels = 0;
            int accords = 0;
            for (long id : demandes.delaisEnCours()) {
                try {
                    String fait = transaction.execute(s -> delai(id, jour, rapport, s));
                    if ("rappel".equals(fait)) {
                        rappels++;
                        rapport.traite();
                    } else if ("accord".equals(fait)) {
                        accords++;
                        rapport.traite();
                    }
                } catch (RuntimeException e) {
                    rapport.erreur("Agrément " + id + " : " + e.getMessage());
                }
            }
            rapport.note("Rappels J-21 : " + rappels + ", accords tacites : " + accords);
        });
    }

    /** One timer on that day: "rappel", "accord" or null (nothing to do). */
    private String delai(long id, LocalDate jour, RapportTache rapport,
            org.springframework.transaction.TransactionStatus transactionEnCours) {
        Optional<DelaiSva> delai = demandes.delai(id);
        Optional<DemandeAgrement> agrement = demandes.trouver(id);
        if (delai.isEmpty() || agrement.isEmpty()) {
            return null;
        }
        DelaiSva d = delai.get();
        DemandeAgrement a = agrement.get();
        if (d.ecoule(jour) && a.statut().suivant(ActionAgrement.ACCORDER_TACITEMENT).isPresent()) {
            DemandeAgrement apres = cycle.appliquer(id, a.version(), ActionAgrement.ACCORDER_TACITEMENT,
                    AuteurAgrement.automate(), COMMENTAIRE_TACITE, null);
            attestation.generer(apres, jour);
            int mails = notifications.accordTacite(apres);
            for (int i = 0; i < mails; i++) {
                rapport.courriel();
            }
            return "accord";
        }
        if (d.aRappeler(jour) && demandes.marquerRappel(id, OffsetDateTime.now(horloge))) {
            if (!notifications.rappel(a, d.joursRestants(jour), d.echeance(jour).orElse(jour))) {
                // no DREETS mailbox yet: not marked, so that the reminder leaves once the fiche has one
                transactionEnCours.setRollbackOnly();
                rapport.note("Agrément " + id + " : aucune boîte DREETS pour la région " + a.regionObtention());
                return null;
            }
            rapport.courriel();
            return "rappel";
        }
        return null;
    }

    @Scheduled(cron = "${vao.taches.agrement.expiration.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = EXPIRATION, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    RapportTache expirations() {
        return executions.executer(EXPIRATION, rapport -> {
            LocalDate jour = aujourdhui();
            // index agrement_expiration_idx: the active agréments whose A14 is not sent, up to 6 months ahead
            List<Long> ids = jdbc.sql("""
                    select id from agrement where statut = 'VALIDE' and not supprime
                    and expiration_120j_envoye_le is null and date_fin_validite <= :limite
                    and date_fin_validite >= :jour order by date_fin_validite, id""")
                    .param("limite", jour.plusMonths(MOIS_PREAVIS)).param("jour", jour).query(Long.class).list();
            int six = 0;
            int urgents = 0;
            for (long id : ids) {
                try {
                    String fait = transaction.execute(s -> expirer(id, jour));
                    if ("A13".equals(fait)) {
                        six++;
                    } else if ("A14".equals(fait)) {
                        urgents++;
                    }
                    if (fait != null) {
                        rapport.traite();
                        rapport.courriel();
                    }
                } catch (RuntimeException e) {
                    rapport.erreur("Agrément " + id + " : " + e.getMessage());
                }
            }
            rapport.note("Expiration dans 6 mois (A13) : " + six + ", dans 120 jours (A14) : " + urgents);
        });
    }

    /** One active agrément on that day, locked: "A13", "A14" or null. */
    private String expirer(long id, LocalDate jour) {
        record Etat(long organismeId, LocalDate fin, boolean six, boolean urgent) {
        }
        Optional<Etat> etat = jdbc.sql("""
                select organisme_id, date_fin_validite, expiration_6m_envoye_le is not null,
                       expiration_120j_envoye_le is not null
                from agrement where id = :id and statut = 'VALIDE' and not supprime for update""")
                .param("id", id).query((rs, n) -> new Etat(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3), rs.getBoolean(4))).optional();
        if (etat.isEmpty() || etat.get().urgent() || etat.get().fin().isBefore(jour)) {
            return null;
        }
        boolean urgent = !etat.get().fin().isAfter(jour.plusDays(JOURS_URGENCE));
        if (!urgent && (etat.get().six() || etat.get().fin().isAfter(jour.plusMonths(MOIS_PREAVIS)))) {
            return null;
        }
        DemandeAgrement a = demandes.trouver(id).orElseThrow();
        if (!notifications.expiration(a, urgent)) {
            return null;
        }
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        // not a change of the agrément: its version is left alone, so that no agent's action is refused for it
        jdbc.sql("""
                update agrement set expiration_6m_envoye_le = coalesce(expiration_6m_envoye_le, :le),
                    expiration_120j_envoye_le = case when :urgent then :le else expiration_120j_envoye_le end
                where id = :id""").param("le", maintenant).param("urgent", urgent).param("id", id).update();
        return urgent ? "A14" : "A13";
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(PARIS));
    }
}
