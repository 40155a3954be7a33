package fr.vao.plateforme.limite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes the rate-limit counters older than {@code vao.limites.purge.age}, hourly, on one replica (ShedLock). */
@Component
class PurgeLimitesDebit {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeLimitesDebit.class);

    private final LimitesDebit limites;
    private final ProprietesLimites proprietes;

    PurgeLimitesDebit(LimitesDebit limites, ProprietesLimites proprietes) {
        this.limites = limites;
        this.proprietes = proprietes;
    }

    @Scheduled(cron = "${vao.limites.purge.cron}")
    @SchedulerLock(name = "purge-limites-debit", lockAtMostFor = "PT10M",
            lockAtLeastFor = fr.vao.plateforme.taches.ExecutionsTaches.VERROU_MINIMUM)
    void purger() {
        LOG.debug("Compteurs de limites supprimés : {}", limites.purger(proprietes.purge().age()));
    }
}
