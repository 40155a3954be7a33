/**
 * E-mails: Thymeleaf templates (HTML and text) in one layout, queued in a transactional outbox and sent by a
 * scheduled job with retries; failed mails are shown to national agents who may send them again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package fr.vao.notification;
