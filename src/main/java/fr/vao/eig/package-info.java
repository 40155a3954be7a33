/**
 * EIG, événements indésirables graves (spec §2.9): the organiser's declaration in 4 steps on an eligible stay, its
 * submission to the DDETS of the incident's département and to the DREETS of the agrément's région, read tracking
 * (LU when both have read), the agents' territorial visibility (ADR 0023), the encryption at rest of the sensitive
 * fields with key rotation (ADR 0024), the mails E1–E5 and the audit of every change and read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "EIG")
package fr.vao.eig;
