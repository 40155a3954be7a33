/**
 * Contrôle of the stays by the DDETS and DREETS (issue 6): the planning of inspections from the stays taking place
 * in an agent's perimeter with their risk score, and the inspection itself (checklist, findings, report,
 * injunctions). Inspections are confidential: nothing of a planned inspection reaches the organiser before its report
 * is sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contrôle")
package fr.vao.controle;
