package fr.vao.audit;

import java.time.Instant;

/**
 * A security event. Publish it with Spring's {@code ApplicationEventPublisher} inside the transaction of the change
 * it records: the event publication registry stores it with that change and the audit module appends it to the log.
 *
 * @param type what happened
 * @param horodatage when
 * @param acteur who (e.g. "BO:12 agent@x.fr", "FO:3 orga@x.fr", "SYSTEME", or the e-mail typed at a failed login)
 * @param cible on what or whom (e.g. "FO:45 orga@x.fr")
 * @param details free text (no secret, no password)
 * @param adresseIp the client's address, when the event comes from a request
 */
public record EvenementAudit(TypeEvenementAudit type, Instant horodatage, String acteur, String cible, String details,
        String adresseIp) {
}
