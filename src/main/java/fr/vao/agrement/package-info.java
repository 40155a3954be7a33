/**
 * Agréments of the organisers (spec §2.6): the agrément already obtained, the portal gating that follows from it
 * (an organisme needs a valid agrément to declare stays and hébergements); the online request and renewal come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agrément")
package fr.vao.agrement;
