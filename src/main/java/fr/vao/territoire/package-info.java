/** Régions, départements, fiches territoire and the agents' perimeters (spec §1.3, §3.1). */
@org.springframework.modulith.ApplicationModule(displayName = "Territoire")
package fr.vao.territoire;
