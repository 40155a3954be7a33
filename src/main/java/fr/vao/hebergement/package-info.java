/**
 * The hébergements of the organisers (spec §2.7): versioned (editing an actif one makes a new version), their
 * address resolved through the API Adresse or chosen by hand, their ERP documents, the organiser's pages and the
 * back office's list, CSV and map in the agent's perimeter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hébergement")
package fr.vao.hebergement;
