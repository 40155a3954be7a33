package fr.vao.plateforme.observabilite;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Prometheus counters of business events ({@code vao_*_total}, docs/observabilite.md). Each module creates its
 * counters once (so that every series exists at zero from the start, for {@code increase()} and alerts) and counts
 * through {@link #compter(Counter)}: inside a transaction the count waits for its commit, so that a rolled-back
 * action is not counted. Tags must stay low-cardinality (a status, a reason, a portal; never an id or an e-mail).
 */
@Component
public class CompteursMetier {

    private final MeterRegistry registre;

    CompteursMetier(MeterRegistry registre) {
        this.registre = registre;
    }

    /** Registers (or finds) the counter {@code nom} with these tags (key, value, key, value...). */
    public Counter compteur(String nom, String description, String... tags) {
        return Counter.builder(nom).description(description).tags(tags).register(registre);
    }

    /** Adds one, after the commit of the current transaction if there is one. */
    public void compter(Counter compteur) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    compteur.increment();
                }
            });
        } else {
            compteur.increment();
        }
    }
}
