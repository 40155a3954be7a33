/**
 * The public REST API under {@code /api/v1} (spec §7.4, ADR 0033): bearer JWTs signed by VAO and created by the
 * organisers in "Mon compte", the hébergement endpoints of the reference and read endpoints for the déclarations,
 * each call authorised per object as in the portals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package fr.vao.api;
