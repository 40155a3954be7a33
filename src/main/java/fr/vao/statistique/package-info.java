/**
 * Statistiques (issue 6 points 3 to 5, ADR 0031, ADR 0032): read models of the counted stays, agréments, organisers,
 * hébergements, EIG and inspections (with their findings, conclusions and injunctions), rebuilt set-based by a
 * nightly job and on demand; the dashboards at national, regional and departmental level within the agent's
 * perimeter, each figure as a chart, a table and a CSV; the anonymised open-data CSV with primary and secondary
 * suppression.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistiques")
package fr.vao.statistique;
