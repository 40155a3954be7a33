package fr.vao.sejour;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.plateforme.taches.ExecutionsTaches;
import fr.vao.plateforme.taches.RapportTache;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The jobs of the déclarations de séjour (spec §2.8.8, §6): the automatic statuses (daily), the reminder of the
 * 8-day declaration (daily) and the weekly recap ({@link RecapitulatifDeclarations}). Candidates are read by status
 * and start date (index {@code declaration_statut_debut_idx}); each déclaration is then locked and checked again in
 * its own transaction, with its history and its mail: one failing déclaration does not stop the others. A status
 * changes only through {@link Statut#apres(Action)}. The conditions are "date passed", never "date is today", so
 * that a job that did not run for some days catches up.
 */
@Component
@PropertySource("classpath:config/sejour-taches.properties")
class TachesDeclarations {

    static final String STATUTS = "UPDATE_STATUT_DS";
    static final String RAPPEL_8J = "REQUEST_DS8J15J";
    static final String RECAPITULATIF = "REQUEST_ACTIONS_BO";
    static final String AUTOMATE = "Automate Plateforme VAO";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ExecutionsTaches executions;
    private final DeclarationsSejour declarations;
    private final NotificationsDeclaration notifications;
    private final RecapitulatifDeclarations recapitulatif;
    private final Clock horloge;
    private final int joursRappel;

    TachesDeclarations(JdbcClient jdbc, TransactionTemplate transaction, ExecutionsTaches executions,
            DeclarationsSejour declarations, NotificationsDeclaration notifications,
            RecapitulatifDeclarations recapitulatif, Clock horloge,
            @Value("${vao.taches.sejour.rappel-8j.jours}") int joursRappel) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.executions = executions;
        this.declarations = declarations;
        this.notifications = notifications;
        this.recapitulatif = recapitulatif;
        this.horloge = horloge;
        this.joursRappel = joursRappel;
    }

    /**
     * What the daily job does to a déclaration on this day, if anything (rule 63): a registered stay whose end has
     * passed is over (even if it never showed as started: catch-up), one whose start has come is ongoing, and a
     * déclaration still waiting for the organiser when its stay has started is abandoned.
     */
    static Optional<Action> actionDuJour(Statut statut, LocalDate debut, LocalDate fin, LocalDate aujourdhui) {
        if ((statut == Statut.VALIDEE_8J || statut == Statut.SEJOUR_EN_COURS) && fin.isBefore(aujourdhui)) {
            return Optional.of(Action.TERMINER);
        }
        if (statut == Statut.VALIDEE_8J && !debut.isAfter(aujourdhui)) {
            return Optional.of(Action.DEBUTER);
        }
        if ((statut == Statut.ATTENTE_8_JOURS || statut == Statut.A_MODIFIER || statut == Statut.A_MODIFIER_8J)
                && debut.isBefore(aujourdhui)) {
            return Optional.of(Action.ABANDONNER);
        }
        return Optional.empty();
    }

    /** UPDATE_STATUT_DS: VALIDEE 8J → SEJOUR EN COURS → TERMINEE; waiting for the organiser → ABANDONNEE. */
    @Scheduled(cron = "${vao.taches.sejour.statuts.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = STATUTS, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    RapportTache mettreAJourStatuts() {
        return executions.executer(STATUTS, rapport -> {
            LocalDate aujourdhui = aujourdhui();
            Map<Action, Integer> compte = new java.util.EnumMap<>(Action.class);
            // the end is after the start (check of V90): "end passed" implies "start passed", which the index serves
            traiter(rapport, candidats(Statut.SEJOUR_EN_COURS, "date_debut < :jour and date_fin < :jour", aujourdhui),
                    d -> changer(d, aujourdhui, compte));
            traiter(rapport, candidats(Statut.VALIDEE_8J, "date_debut <= :jour", aujourdhui),
                    d -> changer(d, aujourdhui, compte));
            for (Statut s : List.of(Statut.ATTENTE_8_JOURS, Statut.A_MODIFIER, Statut.A_MODIFIER_8J)) {
                traiter(rapport, candidats(s, "date_debut < :jour", aujourdhui), d -> changer(d, aujourdhui, compte));
            }
            rapport.note("Séjours commencés : " + compte.getOrDefault(Action.DEBUTER, 0) + ", terminés : "
                    + compte.getOrDefault(Action.TERMINER, 0) + ", déclarations abandonnées : "
                    + compte.getOrDefault(Action.ABANDONNER, 0));
        });
    }

    private boolean changer(DeclarationSejour d, LocalDate aujourdhui, Map<Action, Integer> compte) {
        InformationsGenerales i = d.informations();
        Optional<Action> action = actionDuJour(d.statut(), i.dateDebut(), i.dateFin(), aujourdhui);
        if (action.isEmpty()) {
            return false;
        }
        Statut apres = d.statut().apres(action.get());
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        declarations.changerStatut(d.id(), apres, Map.of(), maintenant);
        Map<String, Object> meta = Map.of("statut", apres.code(), "statutPrecedent", d.statut().code());
        if (action.get() == Action.ABANDONNER) {
            declarations.historiser(d.id(), maintenant, AUTOMATE, null, null, "abandon",
                    "Annulation automatique de la déclaration : date de début du séjour dépassée", meta);
            declarations.historiser(d.id(), maintenant, AUTOMATE, null, null, "abandon",
                    "Statut précédent l'annulation : " + d.statut().code(), meta);
        } else {
            declarations.historiser(d.id(), maintenant, AUTOMATE, null, null,
                    action.get() == Action.DEBUTER ? "debut_sejour" : "fin_sejour", null, meta);
        }
        compte.merge(action.get(), 1, Integer::sum);
        return true;
    }

    /**
     * REQUEST_DS8J15J (D14, rule 64): once per déclaration waiting for its 8-day declaration, from R + 8 days before
     * its start until 8 days before it; a day missed by the job is caught up the next day.
     */
    @Scheduled(cron = "${vao.taches.sejour.rappel-8j.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = RAPPEL_8J, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    RapportTache rappelerDeclarations8Jours() {
        return executions.executer(RAPPEL_8J, rapport -> {
            LocalDate aujourdhui = aujourdhui();
            List<Long> ids = jdbc.sql("""
                    select id from declaration_sejour where statut = :statut and date_debut between :du and :au
                    and not rappel_8j_envoye order by date_debut, id""")
                    .param("statut", Statut.ATTENTE_8_JOURS.code()).param("du", aujourdhui.plusDays(8))
                    .param("au", aujourdhui.plusDays(8L + joursRappel)).query(Long.class).list();
            traiter(rapport, ids, d -> rappeler(rapport, d, aujourdhui));
        });
    }

    private boolean rappeler(RapportTache rapport, DeclarationSejour d, LocalDate aujourdhui) {
        LocalDate debut = d.informations().dateDebut();
        boolean dejaEnvoye = jdbc.sql("select rappel_8j_envoye from declaration_sejour where id = :id")
                .param("id", d.id()).query(Boolean.class).single();
        if (dejaEnvoye || d.statut() != Statut.ATTENTE_8_JOURS || aujourdhui.isAfter(debut.minusDays(8))
                || aujourdhui.isBefore(debut.minusDays(8L + joursRappel))) {
            return false;
        }
        if (!notifications.rappel8Jours(d, joursRappel, debut.minusDays(8L + joursRappel))) {
            rapport.note("Déclaration " + d.numero() + " : aucun utilisateur validé à prévenir");
            return false;
        }
        // not a change of the content: the version is left alone, so that an organiser editing it is not refused
        jdbc.sql("update declaration_sejour set rappel_8j_envoye = true where id = :id").param("id", d.id()).update();
        rapport.courriel();
        return true;
    }

    /** REQUEST_ACTIONS_BO (D15, D16, rule 65): the weekly recap of the déclarations awaiting an action. */
    @Scheduled(cron = "${vao.taches.sejour.recapitulatif.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = RECAPITULATIF, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    RapportTache recapitulerActions() {
        return executions.executer(RECAPITULATIF, rapport -> recapitulatif.envoyer(rapport, aujourdhui()));
    }

    private List<Long> candidats(Statut statut, String condition, LocalDate aujourdhui) {
        return jdbc.sql("select id from declaration_sejour where statut = :statut and " + condition + " order by id")
                .param("statut", statut.code()).param("jour", aujourdhui).query(Long.class).list();
    }

    /** Each déclaration locked in its own transaction; the action says whether it did something. */
    private void traiter(RapportTache rapport, List<Long> ids, Function<DeclarationSejour, Boolean> action) {
        for (Long id : ids) {
            try {
                boolean traite = Boolean.TRUE.equals(transaction.execute(s -> declarations.verrouiller(id)
                        .map(action).orElse(false)));
                if (traite) {
                    rapport.traite();
                }
            } catch (RuntimeException e) {
                rapport.erreur("Déclaration " + id + " : " + e.getMessage());
            }
        }
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(PARIS));
    }
}
