package fr.vao.compte.connexion;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;

/** Publishes the login's security events; callers are transactional, so the event commits with the change. */
@Component
class Audits {

    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    Audits(ApplicationEventPublisher evenements, Clock horloge) {
        this.evenements = evenements;
        this.horloge = horloge;
    }

    void publier(TypeEvenementAudit type, String acteur, String cible, String details, String ip) {
        evenements.publishEvent(new EvenementAudit(type, horloge.instant(), acteur, cible, details, ip));
    }
}
