package fr.vao.controle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.plateforme.taches.ExecutionsTaches;
import fr.vao.plateforme.taches.RapportTache;
import fr.vao.sejour.DeclarationsPourControle;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The daily job of the injunctions (issue 6): the organiser is reminded of an open injunction of a sent report 7
 * days before its due date, the inspection's agents on the due date, each once. The conditions are "due date within
 * 7 days / passed", never "is exactly today", so that a job that did not run for some days catches up; each
 * injunction is locked and checked again in its own transaction with its mail.
 */
@Component
@PropertySource("classpath:config/controle-taches.properties")
class TachesInjonctions {

    static final String RAPPEL = "RAPPEL_INJONCTIONS";

    private final Inspections inspections;
    private final DeclarationsPourControle sejours;
    private final NotificationsInspection notifications;
    private final ExecutionsTaches executions;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final int jours;

    TachesInjonctions(Inspections inspections, DeclarationsPourControle sejours,
            NotificationsInspection notifications, ExecutionsTaches executions, TransactionTemplate transaction,
            Clock horloge, @Value("${vao.taches.controle.injonctions.jours}") int jours) {
        this.inspections = inspections;
        this.sejours = sejours;
        this.notifications = notifications;
        this.executions = executions;
        this.transaction = transaction;
        this.horloge = horloge;
        this.jours = jours;
    }

    @Scheduled(cron = "${vao.taches.controle.injonctions.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = RAPPEL, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    RapportTache rappeler() {
        return executions.executer(RAPPEL, rapport -> {
            LocalDate aujourdhui = LocalDate.now(horloge.withZone(GestionInspections.PARIS));
            int[] envoyes = new int[2];
            traiter(rapport, inspections.rappelsDus(aujourdhui, jours, true), true, aujourdhui, envoyes);
            traiter(rapport, inspections.rappelsDus(aujourdhui, jours, false), false, aujourdhui, envoyes);
            rapport.note("Rappels aux organisateurs : " + envoyes[0] + ", échéances aux agents : " + envoyes[1]);
        });
    }

    private void traiter(RapportTache rapport, List<Long> ids, boolean organisateur, LocalDate aujourdhui,
            int[] envoyes) {
        for (Long id : ids) {
            try {
                boolean fait = Boolean.TRUE.equals(transaction.execute(s -> inspections.verrouillerInjonction(id)
                        .map(j -> rappeler(j, organisateur, aujourdhui)).orElse(false)));
                if (fait) {
                    rapport.traite();
                    rapport.courriel();
                    envoyes[organisateur ? 0 : 1]++;
                }
            } catch (RuntimeException e) {
                rapport.erreur("Injonction " + id + " : " + e.getMessage());
            }
        }
    }

    private boolean rappeler(Injonction j, boolean organisateur, LocalDate aujourdhui) {
        if (j.statut() != StatutInjonction.OUVERTE
                || (organisateur ? j.rappelOrganisateurLe() : j.rappelAgentLe()) != null
                || (organisateur ? j.echeance().minusDays(jours) : j.echeance()).isAfter(aujourdhui)) {
            return false;
        }
        Inspection i = inspections.trouver(j.inspectionId()).orElseThrow();
        if (i.statut() != StatutInspection.RAPPORT_ENVOYE) {
            return false;
        }
        DeclarationsPourControle.Sejour s = sejours.sejour(i.declarationId()).orElseThrow();
        if (organisateur) {
            notifications.rappelOrganisateur(s, i, j);
        } else {
            notifications.echeanceAgent(s, i, j);
        }
        inspections.marquerRappel(j.id(), organisateur, OffsetDateTime.now(horloge));
        return true;
    }
}
