/**
 * Accounts of both portals: organisers (registration, validation, login) and agents (creation within a perimeter,
 * activation), login protections (lockout, second factor, CGU), passwords and the account jobs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compte")
package fr.vao.compte;
