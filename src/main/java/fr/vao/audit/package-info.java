/** Append-only, tamper-evident audit trail of security events. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package fr.vao.audit;
