package fr.vao.plateforme.taches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import fr.vao.support.TestIntegration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * With several replicas every scheduled job of VAO is locked (ShedLock), and every cron job keeps its lock at least
 * {@code vao.taches.verrou-minimum}, so that a replica firing the same slot a little later skips it (ADR 0038): a
 * job added without it fails here. The production minimum is shorter than the shortest interval between two slots of
 * every job's default schedule. (The tests set it to 0 to call the jobs in a row; DeuxReplicasIT runs them with it.)
 */
class TachesPlanifieesTest extends TestIntegration {

    @Autowired
    ApplicationContext contexte;

    @Test
    void chaqueTachePlanifieeEstVerrouilleeEtChaqueTacheCronGardeSonVerrouUnMinimum() throws IOException {
        Properties production = proprietes("classpath*:config/*-taches.properties", "classpath:application.properties");
        Duration minimum = Duration.parse(defaut(production.getProperty("vao.taches.verrou-minimum")));
        assertThat(minimum).isGreaterThanOrEqualTo(Duration.ofMinutes(1));

        List<String> crons = new ArrayList<>();
        List<String> autres = new ArrayList<>();
        for (String nom : contexte.getBeanDefinitionNames()) {
            Class<?> type = contexte.getType(nom);
            if (type == null || !type.getName().startsWith("fr.vao.")) {
                continue;
            }
            for (Method m : ReflectionUtils.getUniqueDeclaredMethods(ClassUtils.getUserClass(type))) {
                Scheduled planification = AnnotatedElementUtils.findMergedAnnotation(m, Scheduled.class);
                if (planification == null) {
                    continue;
                }
                String tache = m.getDeclaringClass().getSimpleName() + "." + m.getName();
                SchedulerLock verrou = AnnotatedElementUtils.findMergedAnnotation(m, SchedulerLock.class);
                assertThat(verrou).as(tache + " : @SchedulerLock").isNotNull();
                if (planification.cron().isEmpty()) {
                    autres.add(tache);
                    continue;
                }
                crons.add(tache);
                assertThat(verrou.lockAtLeastFor()).as(tache + " : lockAtLeastFor")
                        .isEqualTo(ExecutionsTaches.VERROU_MINIMUM);
                String cron = defaut(production.getProperty(cle(planification.cron())));
                assertThat(intervalleMinimum(cron)).as(tache + " (" + cron + ")").isGreaterThan(minimum);
                assertThat(Duration.parse(verrou.lockAtMostFor())).as(tache + " : lockAtMostFor").isGreaterThan(minimum);
            }
        }
        assertThat(crons).hasSize(13);
        assertThat(autres).containsExactlyInAnyOrder("EnvoiCourriels.planifie", "RepriseEvenements.planifie");
    }

    private static Properties proprietes(String... motifs) throws IOException {
        Properties p = new Properties();
        for (String motif : motifs) {
            for (var ressource : new PathMatchingResourcePatternResolver().getResources(motif)) {
                p.putAll(PropertiesLoaderUtils.loadProperties(ressource));
            }
        }
        return p;
    }

    /** "${vao.x.cron}" → "vao.x.cron". */
    private static String cle(String placeholder) {
        return placeholder.substring(2, placeholder.length() - 1);
    }

    /** The default of "${ENV:default}", as production runs without the variable. */
    private static String defaut(String valeur) {
        assertThat(valeur).startsWith("${").endsWith("}").contains(":");
        return valeur.substring(valeur.indexOf(':') + 1, valeur.length() - 1);
    }

    /** The shortest interval between two runs of this cron over the next two years (Paris time, DST included). */
    private static Duration intervalleMinimum(String cron) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime precedent = expression.next(ZonedDateTime.now(ZoneId.of("Europe/Paris")));
        ZonedDateTime fin = precedent.plusYears(2);
        Duration minimum = null;
        while (precedent.isBefore(fin)) {
            ZonedDateTime suivant = expression.next(precedent);
            Duration d = Duration.between(precedent, suivant);
            minimum = minimum == null || d.compareTo(minimum) < 0 ? d : minimum;
            precedent = suivant;
        }
        return minimum;
    }
}
