/**
 * The déclarations de séjour (spec §2.8): the 2-month declaration and its 8-day complement, their 15 statuses and
 * transitions (all in {@link fr.vao.sejour.Statut}), the DDETS instruction, the lists of both portals and the daily
 * transitions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Séjour")
package fr.vao.sejour;
