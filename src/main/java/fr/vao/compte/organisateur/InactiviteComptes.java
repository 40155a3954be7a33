package fr.vao.compte.organisateur;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.DeclarationsOrganisateurs;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.taches.ExecutionsTaches;
import fr.vao.plateforme.taches.RapportTache;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The four inactivity jobs of the organiser accounts (spec §2.3, §5.5, §6). Inactivity is counted from the last
 * login, or from the registration when the user never logged in. Each account is processed in its own transaction,
 * with its mail (outbox) and its audit event: one failing account does not stop the others, and a state change is
 * never committed without its mail. BLOCKED and NEED_SIRET_VALIDATION accounts are never touched.
 */
@Component
@PropertySource("classpath:config/comptes-taches.properties")
public class InactiviteComptes {

    static final String NOTIFICATION = "REQUEST_ACCOUNT2M";
    static final String BLOCAGE = "DISABLE_ACCOUNT_3M";
    static final String ALERTE_SUPPRESSION = "SUPPRESSION_COMPTE_INACTIF_NOTIFY";
    static final String SUPPRESSION = "SUPPRESSION_COMPTE_INACTIF";
    private static final String BASE = "coalesce(derniere_connexion_le, cree_le)";
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Compte(long id, String email, String nom, String prenom, LocalDate suppressionPrevueLe) {
        String reference() {
            return "FO:" + id + " " + email;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ExecutionsTaches executions;
    private final Courriels courriels;
    private final ApplicationEventPublisher evenements;
    private final DeclarationsOrganisateurs declarations;
    private final Clock horloge;

    InactiviteComptes(JdbcClient jdbc, TransactionTemplate transaction, ExecutionsTaches executions,
            Courriels courriels, ApplicationEventPublisher evenements, DeclarationsOrganisateurs declarations,
            Clock horloge) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.executions = executions;
        this.courriels = courriels;
        this.evenements = evenements;
        this.declarations = declarations;
        this.horloge = horloge;
    }

    /** (a) Validated accounts inactive for 2 to 3 months, not notified since their last login: mail C1. */
    @Scheduled(cron = "${vao.taches.comptes.notification-inactivite.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = NOTIFICATION, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    public RapportTache notifierInactifs() {
        return executions.executer(NOTIFICATION, rapport -> {
            ZonedDateTime maintenant = ZonedDateTime.now(horloge);
            String condition = "statut = 'VALIDATED' and " + BASE + " <= :deuxMois and " + BASE + " > :troisMois"
                    + " and (inactivite_notifiee_le is null or inactivite_notifiee_le < " + BASE + ")";
            Map<String, Object> parametres = Map.of("deuxMois", maintenant.minusMonths(2).toOffsetDateTime(),
                    "troisMois", maintenant.minusMonths(3).toOffsetDateTime());
            traiter(rapport, condition, parametres, c -> {
                marquer(c.id(), "inactivite_notifiee_le = :maintenant", Map.of());
                courriel(rapport, c, "organisateur-inactivite-avertissement",
                        "Portail VAO - Désactivation provisoire de votre compte VAO dans 1 mois",
                        Map.of("dateBlocage", JOUR.format(aujourdhui().plusMonths(1))));
                return true;
            });
        });
    }

    /** (b) Validated accounts inactive for more than 3 months, notified: TEMPORARY_BLOCKED and mail C2. */
    @Scheduled(cron = "${vao.taches.comptes.blocage-inactivite.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = BLOCAGE, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    public RapportTache bloquerInactifs() {
        return executions.executer(BLOCAGE, rapport -> {
            String condition = "statut = 'VALIDATED' and " + BASE + " < :troisMois"
                    + " and inactivite_notifiee_le is not null and inactivite_notifiee_le >= " + BASE;
            traiter(rapport, condition,
                    Map.of("troisMois", ZonedDateTime.now(horloge).minusMonths(3).toOffsetDateTime()), c -> {
                        marquer(c.id(), "statut = 'TEMPORARY_BLOCKED', bloque_temporairement_le = :maintenant", Map.of());
                        courriel(rapport, c, "organisateur-inactivite-blocage",
                                "Portail VAO - Désactivation provisoire de votre compte VAO", Map.of());
                        audit(TypeEvenementAudit.COMPTE_BLOQUE_INACTIVITE, c,
                                "Compte bloqué temporairement après 3 mois d'inactivité");
                        return true;
                    });
        });
    }

    /** (c) Blocked accounts without déclaration: C3 after 150 days of inactivity, C4 23 days after C3. */
    @Scheduled(cron = "${vao.taches.comptes.alerte-suppression.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = ALERTE_SUPPRESSION, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    public RapportTache alerterSuppressions() {
        return executions.executer(ALERTE_SUPPRESSION, rapport -> {
            OffsetDateTime maintenant = OffsetDateTime.now(horloge);
            traiter(rapport, "statut = 'TEMPORARY_BLOCKED' and " + BASE + " <= :limite"
                    + " and suppression_alertee_le is null", Map.of("limite", maintenant.minusDays(150)), c -> {
                        if (!declarations.aucuneDeclaration(c.id())) {
                            return false;
                        }
                        LocalDate prevue = aujourdhui().plusMonths(1);
                        marquer(c.id(), "suppression_alertee_le = :maintenant, suppression_prevue_le = :prevue",
                                Map.of("prevue", prevue));
                        courriel(rapport, c, "organisateur-suppression-alerte",
                                "Portail VAO - Suppression de votre compte dans 1 mois",
                                Map.of("dateSuppression", JOUR.format(prevue)));
                        return true;
                    });
            traiter(rapport, "statut = 'TEMPORARY_BLOCKED' and suppression_alertee_le <= :limite"
                    + " and suppression_rappelee_le is null and suppression_prevue_le is not null",
                    Map.of("limite", maintenant.minusDays(23)), c -> {
                        if (!declarations.aucuneDeclaration(c.id())) {
                            return false;
                        }
                        marquer(c.id(), "suppression_rappelee_le = :maintenant", Map.of());
                        courriel(rapport, c, "organisateur-suppression-rappel",
                                "Portail VAO - Suppression de votre compte dans 7 jours",
                                Map.of("dateSuppression", JOUR.format(c.suppressionPrevueLe())));
                        return true;
                    });
        });
    }

    /** (d) Blocked accounts inactive for more than 180 days, deletion date reached, no déclaration: deleted, C5. */
    @Scheduled(cron = "${vao.taches.comptes.suppression.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = SUPPRESSION, lockAtMostFor = "PT30M",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    public RapportTache supprimerInactifs() {
        return executions.executer(SUPPRESSION, rapport -> {
            OffsetDateTime maintenant = OffsetDateTime.now(horloge);
            traiter(rapport, "statut = 'TEMPORARY_BLOCKED' and " + BASE + " < :limite"
                    + " and suppression_prevue_le <= :aujourdhui",
                    Map.of("limite", maintenant.minusDays(180), "aujourdhui", aujourdhui()), c -> {
                        if (!declarations.aucuneDeclaration(c.id())) {
                            return false;
                        }
                        supprimer(c);
                        courriel(rapport, c, "organisateur-suppression",
                                "Portail VAO - Suppression de votre compte après inactivité", Map.of());
                        audit(TypeEvenementAudit.COMPTE_SUPPRIME, c,
                                "Compte supprimé après plus de 180 jours d'inactivité");
                        return true;
                    });
        });
    }

    /**
     * Lists the matching accounts, then processes each in its own transaction after locking it and checking the
     * condition again (the user may have logged in meanwhile). The action says whether it did something.
     */
    private void traiter(RapportTache rapport, String condition, Map<String, Object> parametres,
            Predicate<Compte> action) {
        List<Long> ids = jdbc.sql("select id from organisateur where " + condition + " order by id")
                .params(parametres).query(Long.class).list();
        for (Long id : ids) {
            try {
                boolean traite = Boolean.TRUE.equals(transaction.execute(s -> {
                    Optional<Compte> compte = jdbc.sql("""
                            select id, email, nom, prenom, suppression_prevue_le from organisateur
                            where id = :id and statut not in ('BLOCKED', 'NEED_SIRET_VALIDATION')"""
                            + " and " + condition + " for update skip locked")
                            .params(parametres).param("id", id).query(Compte.class).optional();
                    return compte.isPresent() && action.test(compte.get());
                }));
                if (traite) {
                    rapport.traite();
                }
            } catch (RuntimeException e) {
                rapport.erreur("Compte " + id + " : " + e.getMessage());
            }
        }
    }

    private void marquer(long id, String affectations, Map<String, Object> parametres) {
        jdbc.sql("update organisateur set " + affectations
                + ", modifie_le = :maintenant, version = version + 1 where id = :id")
                .params(parametres).param("maintenant", OffsetDateTime.now(horloge)).param("id", id).update();
    }

    private void supprimer(Compte c) {
        declarations.detacher(c.id());
        jdbc.sql("delete from jeton where portail = 'FO' and utilisateur_id = :id").param("id", c.id()).update();
        jdbc.sql("delete from code_verification where portail = 'FO' and utilisateur_id = :id").param("id", c.id())
                .update();
        jdbc.sql("delete from appareil_confiance where portail = 'FO' and utilisateur_id = :id").param("id", c.id())
                .update();
        jdbc.sql("delete from tentative_connexion where portail = 'FO' and email = :email").param("email", c.email())
                .update();
        jdbc.sql("delete from organisateur where id = :id").param("id", c.id()).update();
    }

    private void courriel(RapportTache rapport, Compte c, String modele, String sujet, Map<String, Object> autres) {
        Map<String, Object> variables = new java.util.HashMap<>(autres);
        variables.put("nom", c.nom());
        variables.put("prenom", c.prenom());
        courriels.envoyer(Courriel.a(c.email(), modele, sujet, variables));
        rapport.courriel();
    }

    private void audit(TypeEvenementAudit type, Compte c, String details) {
        evenements.publishEvent(new EvenementAudit(type, horloge.instant(), "SYSTEME", c.reference(), details, null));
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }
}
