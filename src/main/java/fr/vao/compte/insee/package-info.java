/** Adapter of the INSEE Sirene API (SIRET lookup at registration). Internal to the compte module. */
package fr.vao.compte.insee;
