/** Registres d'entreprises de l'État: adapters of the INSEE Sirene API and of API Entreprise (spec §7.1, §7.2). */
@org.springframework.modulith.ApplicationModule(displayName = "Entreprise")
package fr.vao.entreprise;
