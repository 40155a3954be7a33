package fr.vao.plateforme.taches;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Resubmits the event publications left incomplete for longer than {@code vao.taches.evenements.age-minimum} (ADR
 * 0038): a replica killed before its listener committed, a listener that failed. It replaces Spring Modulith's
 * republication on restart, which resubmits every incomplete publication, those another live replica is processing
 * included. One replica at a time (ShedLock); Modulith marks each publication RESUBMITTED before resubmitting it
 * (a conditional update), so that it is taken once; a resubmission that never ends is marked FAILED after
 * {@code spring.modulith.events.staleness.resubmission} and taken again.
 */
@Component
class RepriseEvenements {

    private static final Logger LOG = LoggerFactory.getLogger(RepriseEvenements.class);

    private final IncompleteEventPublications publications;
    private final Duration ageMinimum;
    private final boolean planifie;

    RepriseEvenements(IncompleteEventPublications publications,
            @Value("${vao.taches.evenements.age-minimum:PT5M}") Duration ageMinimum,
            @Value("${vao.taches.actives:true}") boolean planifie) {
        this.publications = publications;
        this.ageMinimum = ageMinimum;
        this.planifie = planifie;
    }

    /** The scheduled run; {@code vao.taches.actives=false} (tests) stops it, tests call {@link #reprendre()}. */
    @Scheduled(fixedDelayString = "${vao.taches.evenements.intervalle:PT1M}", initialDelayString = "PT10S")
    @SchedulerLock(name = "reprise-evenements", lockAtMostFor = "PT10M")
    void planifie() {
        if (planifie) {
            reprendre();
        }
    }

    void reprendre() {
        LOG.debug("Reprise des publications d'événements incomplètes depuis plus de {}", ageMinimum);
        publications.resubmitIncompletePublicationsOlderThan(ageMinimum);
    }
}
