package fr.vao.organisme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.vao.plateforme.taches.ExecutionsTaches;
import fr.vao.plateforme.taches.RapportTache;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * PURGE_RGPD (spec §8: data kept at most 5 years after the end of the last stay; ADR 0021), monthly: the organismes
 * whose last stay (the latest end date of their déclarations, any status) ended more than 5 years ago. In mode
 * simulation (the default) the report lists each of them with what would go and nothing is deleted; in mode
 * suppression each is deleted with all its data in its own transaction, checked again under its lock, so that one
 * failing organisme does not stop the others. Organismes without any déclaration are not this job's: their accounts
 * go with the inactivity jobs of the compte module, and a national administrator may delete them by hand.
 */
@Component
@PropertySource("classpath:config/organisme-taches.properties")
public class PurgeRgpd {

    static final String TACHE = "PURGE_RGPD";
    static final int ANNEES_CONSERVATION = 5;
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Whether the job deletes or only reports. */
    public enum Mode {
        SIMULATION, SUPPRESSION;

        static Mode de(String valeur) {
            return switch (valeur == null ? "" : valeur.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "simulation", "" -> SIMULATION;
                case "suppression" -> SUPPRESSION;
                default -> throw new IllegalStateException(
                        "VAO_TACHE_PURGE_RGPD_MODE : « simulation » ou « suppression » attendu, reçu « " + valeur + " »");
            };
        }
    }

    private final ExecutionsTaches executions;
    private final SuppressionOrganismes suppressions;
    private final DeclarationsDeLOrganisme declarations;
    private final Clock horloge;
    private final Mode mode;

    PurgeRgpd(ExecutionsTaches executions, SuppressionOrganismes suppressions, DeclarationsDeLOrganisme declarations,
            Clock horloge, @Value("${vao.taches.organisme.purge-rgpd.mode}") String mode) {
        this.executions = executions;
        this.suppressions = suppressions;
        this.declarations = declarations;
        this.horloge = horloge;
        this.mode = Mode.de(mode);
    }

    /** The scheduled run, in the configured mode. */
    @Scheduled(cron = "${vao.taches.organisme.purge-rgpd.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = TACHE, lockAtMostFor = "PT2H",
            lockAtLeastFor = ExecutionsTaches.VERROU_MINIMUM)
    public RapportTache purger() {
        return purger(mode);
    }

    /** A run in this mode (the tests run both). */
    public RapportTache purger(Mode mode) {
        return executions.executer(TACHE, rapport -> {
            LocalDate limite = LocalDate.now(horloge).minusYears(ANNEES_CONSERVATION);
            List<Long> eligibles = declarations.derniersSejoursTerminesAvant(limite);
            rapport.note((mode == Mode.SIMULATION ? "Mode simulation : aucune donnée supprimée. " : "Mode suppression. ")
                    + "Organismes dont le dernier séjour s'est terminé avant le " + JOUR.format(limite) + " : "
                    + eligibles.size());
            for (long id : eligibles) {
                try {
                    traiter(rapport, id, limite, mode);
                } catch (RuntimeException e) {
                    rapport.erreur("Organisme " + id + " : " + e.getClass().getSimpleName() + " " + e.getMessage());
                }
            }
        });
    }

    private void traiter(RapportTache rapport, long id, LocalDate limite, Mode mode) {
        String fin = declarations.finDernierSejour(id).map(JOUR::format).orElse("?");
        if (mode == Mode.SIMULATION) {
            Optional<SuppressionOrganismes.Inventaire> inventaire = suppressions.inventaire(id);
            inventaire.ifPresent(i -> {
                rapport.note("À supprimer : organisme " + id + " (SIRET " + i.siret() + ", dernier séjour terminé le "
                        + fin + ") — " + suppressions.texte(i));
                rapport.traite();
            });
            return;
        }
        suppressions.supprimerSiDernierSejourAvant(id, limite, "Purge RGPD : dernier séjour terminé le " + fin)
                .ifPresent(i -> {
                    rapport.note("Supprimé : organisme " + id + " (SIRET " + i.siret() + ", dernier séjour terminé le "
                            + fin + ") — " + suppressions.texte(i));
                    rapport.traite();
                });
    }
}
