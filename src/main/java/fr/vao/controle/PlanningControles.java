package fr.vao.controle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.agrement.AgrementsPourControle;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.eig.EigsPourControle;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.SejoursPourControle;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The planning of inspections (issue 6 item 1, ADR 0029): for an agent holding the role Controle, the stays taking
 * place in a period at the hébergements of its perimeter (or of a territory of it), each with its risk score. The
 * criteria of the whole page come from six set-based queries, never one query per stay.
 */
@Service
public class PlanningControles {

    /** At most this many stays are scored on one planning (by arrival date); the page says when it is reached. */
    public static final int MAX = 5_000;
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A stay at an hébergement and its score. */
    public record Ligne(SejoursPourControle.Sejour sejour, ScoreRisque score) {

        public LocalDate inspectionPrevue() {
            return score.contributions().stream().filter(c -> c.critere() == CritereRisque.INSPECTION_PLANIFIEE)
                    .map(c -> (LocalDate) c.arguments().get(0)).findFirst().orElse(null);
        }
    }

    /**
     * @param lignes by arrival date
     * @param tronque whether {@link #MAX} was reached
     */
    public record Planning(List<Ligne> lignes, boolean tronque) {
    }

    private final SejoursPourControle sejours;
    private final EigsPourControle eigs;
    private final AgrementsPourControle agrements;
    private final InspectionsPlanning inspections;
    private final Territoires territoires;
    private final ReglesRisque regles;
    private final Clock horloge;

    PlanningControles(SejoursPourControle sejours, EigsPourControle eigs, AgrementsPourControle agrements,
            InspectionsPlanning inspections, Territoires territoires, Environment env, Clock horloge) {
        this.sejours = sejours;
        this.eigs = eigs;
        this.agrements = agrements;
        this.inspections = inspections;
        this.territoires = territoires;
        this.regles = ReglesRisque.depuis(env);
        this.horloge = horloge;
    }

    /** An agent holding the role Controle. */
    public static boolean autorise(UtilisateurConnecte u) {
        return u != null && u.portail() == Portail.BO && u.aRole(RolesAgent.CONTROLE);
    }

    public static void verifier(UtilisateurConnecte u) {
        if (!autorise(u)) {
            throw new AccessDeniedException("Rôle Controle requis");
        }
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(PARIS));
    }

    public ReglesRisque regles() {
        return regles;
    }

    /** The territories an agent may filter on: its own and those inside it (régions, then départements). */
    public List<Territoire> territoires(UtilisateurConnecte agent) {
        verifier(agent);
        return territoires.dansPerimetre(agent.territoireCode());
    }

    /**
     * @param territoire a territory of the agent's perimeter, or null for the whole perimeter
     * @throws AccessDeniedException without the role, or for a territory outside the perimeter
     */
    @Transactional(readOnly = true)
    public Planning planning(UtilisateurConnecte agent, LocalDate debut, LocalDate fin, String territoire) {
        verifier(agent);
        String zone = territoire == null ? agent.territoireCode() : territoire;
        if (!territoires.contient(agent.territoireCode(), zone)) {
            throw new AccessDeniedException("Territoire hors du périmètre");
        }
        boolean tout = territoires.trouver(zone).map(Territoire::estNational).orElse(false);
        List<SejoursPourControle.Sejour> liste = sejours.sejours(tout ? null : territoires.departementsDe(zone),
                debut, fin, MAX + 1);
        boolean tronque = liste.size() > MAX;
        if (tronque) {
            liste = liste.subList(0, MAX);
        }
        Set<Long> organismes = liste.stream().map(SejoursPourControle.Sejour::organismeId).collect(Collectors.toSet());
        Map<Long, LocalDate> premiers = sejours.premiersSejours(organismes);
        Map<UUID, LocalDate> premiersHebergements = sejours.premiersSejoursHebergements(liste.stream()
                .map(SejoursPourControle.Sejour::hebergementId).collect(Collectors.toSet()));
        Map<Long, List<EigsPourControle.EigSejour>> eigsParOrganisme = eigs.parOrganisme(organismes);
        Map<Long, AgrementsPourControle.EtatAgrement> etats = agrements.etats(organismes);
        Set<Long> inspectes = inspections.inspectes(organismes);
        Map<InspectionsPlanning.Cle, LocalDate> planifiees = inspections.planifiees(liste.stream()
                .map(SejoursPourControle.Sejour::declarationId).collect(Collectors.toSet()));
        LocalDate jour = aujourdhui();
        List<Ligne> lignes = liste.stream().map(s -> {
            LocalDate premier = premiers.get(s.organismeId());
            LocalDate premierIci = premiersHebergements.get(s.hebergementId());
            long eigAnterieurs = eigsParOrganisme.getOrDefault(s.organismeId(), List.of()).stream()
                    .filter(e -> e.declarationId() != s.declarationId() && e.sejourDebut().isBefore(s.debut()))
                    .count();
            AgrementsPourControle.EtatAgrement etat = etats.getOrDefault(s.organismeId(),
                    new AgrementsPourControle.EtatAgrement(null, null));
            LocalDate prevue = min(planifiees.get(new InspectionsPlanning.Cle(s.declarationId(), s.hebergementId())),
                    planifiees.get(new InspectionsPlanning.Cle(s.declarationId(), null)));
            FaitsSejour f = new FaitsSejour(premier == null || !premier.isBefore(s.debut()),
                    !inspectes.contains(s.organismeId()), (int) eigAnterieurs, s.vacanciers(), s.personnel(),
                    s.polyhandicap(), s.deficienceMentale(), s.itinerant(),
                    etat.nonAgree(), etat.finValidite(), s.fin(), premierIci == null || !premierIci.isBefore(
                            s.arrivee()), prevue);
            return new Ligne(s, ScoreRisque.calculer(f, regles, jour));
        }).toList();
        return new Planning(lignes, tronque);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /**
     * The order of the rows: on the score (descending = highest first) or on the arrival date, then the other key
     * (highest score, earliest date), then the déclaration and the hébergement, so that pages are stable.
     */
    public static Comparator<Ligne> ordre(boolean parDate, boolean desc) {
        Comparator<Ligne> score = Comparator.comparingInt(l -> l.score().total());
        Comparator<Ligne> date = Comparator.comparing(l -> l.sejour().arrivee());
        Comparator<Ligne> premier = parDate ? (desc ? date.reversed() : date) : (desc ? score.reversed() : score);
        Comparator<Ligne> second = parDate ? score.reversed() : date;
        return premier.thenComparing(second).thenComparingLong(l -> l.sejour().declarationId())
                .thenComparing(l -> Objects.toString(l.sejour().hebergementId()));
    }
}
