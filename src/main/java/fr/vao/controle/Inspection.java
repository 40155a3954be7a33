package fr.vao.controle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An inspection of a stay at one of its hébergements (issue 6, ADR 0030), with its checklist, findings, conclusion
 * and injunctions.
 *
 * @param points the verdict and comment on each regulatory point (absent: not verified)
 * @param agents the ids of the agents who carry it out
 */
public record Inspection(long id, long declarationId, long organismeId, UUID hebergementId, String departement,
        StatutInspection statut, boolean annoncee, LocalDate datePrevue, LocalDate dateRealisee,
        OffsetDateTime rapportEnvoyeLe, Map<PointControle, Point> points, Conclusion conclusion, String synthese,
        UUID rapportDocumentId, List<Long> agents, List<Constat> constats, List<Injonction> injonctions,
        long creePar, int version) {

    /** The verdict on one point of the checklist. */
    public record Point(PointControle.Etat etat, String commentaire) {
    }

    public Point point(PointControle p) {
        return points.getOrDefault(p, new Point(PointControle.Etat.NON_VERIFIE, null));
    }

    /** Whether every injunction is settled (LEVEE or NON_LEVEE), or there is none. */
    public boolean injonctionsReglees() {
        return injonctions.stream().allMatch(i -> i.statut().reglee());
    }
}
