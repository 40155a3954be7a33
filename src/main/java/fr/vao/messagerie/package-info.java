/**
 * Messagerie (spec §2.10, ADR 0018): threads between organisers and agents on an object (a déclaration de séjour
 * now, an agrément later), with one optional attachment per message, the read/answered states of both sides and
 * the notification mails. The module knows nothing of the objects: the module that owns them answers through
 * {@link fr.vao.messagerie.AccesFils} who may read, who may write and whom to notify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messagerie")
package fr.vao.messagerie;
