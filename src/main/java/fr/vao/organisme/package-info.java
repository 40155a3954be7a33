/**
 * The fiche organisateur (spec §2.5): a personne morale (siège social with its établissements secondaires, or an
 * établissement secondaire enabled by its siège) or a personne physique, its représentants, its transport and
 * sanitary protocols, its members, and the history of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisme")
package fr.vao.organisme;
