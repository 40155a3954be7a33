package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import fr.vao.agrement.AlerteNonAgree;

/** The risk score (ADR 0029): each criterion alone, the weights from the properties, the sum of the contributions. */
class ScoreRisqueTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 12, 2);
    private static final LocalDate FIN = AUJOURDHUI.plusDays(20);
    private static final ReglesRisque DEFAUT = ReglesRisque.parDefaut();

    /** A stay that meets no criterion: inspected organiser with history, 8 vacanciers for 4 staff, valid agrément. */
    private static FaitsSejour neutre() {
        return new FaitsSejour(false, false, 0, 8, 4, false, false, false, null, AUJOURDHUI.plusYears(2), FIN,
                false, null);
    }

    private static Set<CritereRisque> criteres(FaitsSejour f) {
        return ScoreRisque.calculer(f, DEFAUT, AUJOURDHUI).contributions().stream()
                .map(ScoreRisque.Contribution::critere).collect(Collectors.toSet());
    }

    @Test
    void unSejourSansCritereAZero() {
        ScoreRisque s = ScoreRisque.calculer(neutre(), DEFAUT, AUJOURDHUI);
        assertThat(s.total()).isZero();
        assertThat(s.contributions()).isEmpty();
    }

    @Test
    void chaqueCritereSeul() {
        FaitsSejour n = neutre();
        assertThat(criteres(new FaitsSejour(true, false, 0, 8, 4, false, false, false, null, n.finAgrement(), FIN,
                false, null))).containsExactly(CritereRisque.PREMIER_SEJOUR);
        assertThat(criteres(new FaitsSejour(false, true, 0, 8, 4, false, false, false, null, n.finAgrement(), FIN,
                false, null))).containsExactly(CritereRisque.JAMAIS_INSPECTE);
        assertThat(criteres(new FaitsSejour(false, false, 2, 8, 4, false, false, false, null, n.finAgrement(), FIN,
                false, null))).containsExactly(CritereRisque.EIG_ANTERIEURS);
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, true, false, false, null, n.finAgrement(), FIN,
                false, null))).containsExactly(CritereRisque.POLYHANDICAP);
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, true, false, null, n.finAgrement(), FIN,
                false, null))).containsExactly(CritereRisque.DEFICIENCE_MENTALE);
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, false, true, null, n.finAgrement(), FIN,
                false, null))).containsExactly(CritereRisque.ITINERANT);
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, false, false, null, n.finAgrement(), FIN,
                true, null))).containsExactly(CritereRisque.NOUVEL_HEBERGEMENT);
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, false, false, null, n.finAgrement(), FIN,
                false, AUJOURDHUI.plusDays(3)))).containsExactly(CritereRisque.INSPECTION_PLANIFIEE);
    }

    @Test
    void encadrementFaibleAuDelaDuSeuil() {
        // 4 vacanciers per member of staff is the threshold: 16 for 4 is not "few", 17 is; none declared is
        assertThat(criteres(new FaitsSejour(false, false, 0, 16, 4, false, false, false, null,
                AUJOURDHUI.plusYears(1), FIN, false, null))).isEmpty();
        assertThat(criteres(new FaitsSejour(false, false, 0, 17, 4, false, false, false, null,
                AUJOURDHUI.plusYears(1), FIN, false, null))).containsExactly(CritereRisque.ENCADREMENT_FAIBLE);
        assertThat(criteres(new FaitsSejour(false, false, 0, 5, 0, false, false, false, null,
                AUJOURDHUI.plusYears(1), FIN, false, null))).containsExactly(CritereRisque.ENCADREMENT_FAIBLE);
        ScoreRisque s = ScoreRisque.calculer(new FaitsSejour(false, false, 0, 17, 4, false, false, false, null,
                AUJOURDHUI.plusYears(1), FIN, false, null), DEFAUT, AUJOURDHUI);
        assertThat(s.contributions().get(0).arguments()).containsExactly(4, 17, 4);
    }

    @Test
    void grandGroupeAPartirDuSeuil() {
        assertThat(criteres(new FaitsSejour(false, false, 0, 19, 10, false, false, false, null,
                AUJOURDHUI.plusYears(1), FIN, false, null))).isEmpty();
        assertThat(criteres(new FaitsSejour(false, false, 0, 20, 10, false, false, false, null,
                AUJOURDHUI.plusYears(1), FIN, false, null))).containsExactly(CritereRisque.GRAND_GROUPE);
    }

    @Test
    void agrementListeExpireAbsentOuExpirantPendantLeSejour() {
        ScoreRisque liste = ScoreRisque.calculer(new FaitsSejour(false, false, 0, 8, 4, false, false, false,
                "agrement.non-agree.nature.RETRAIT", AUJOURDHUI.plusYears(1), FIN, false, null), DEFAUT, AUJOURDHUI);
        assertThat(liste.contributions()).singleElement().satisfies(c -> {
            assertThat(c.critere()).isEqualTo(CritereRisque.NON_AGREE);
            assertThat(c.arguments()).containsExactly("agrement.non-agree.nature.RETRAIT");
        });
        ScoreRisque expire = ScoreRisque.calculer(new FaitsSejour(false, false, 0, 8, 4, false, false, false, null,
                AUJOURDHUI.minusDays(1), FIN, false, null), DEFAUT, AUJOURDHUI);
        assertThat(expire.contributions()).singleElement().satisfies(c -> {
            assertThat(c.critere()).isEqualTo(CritereRisque.NON_AGREE);
            assertThat(c.arguments()).containsExactly(AlerteNonAgree.EXPIRATION);
        });
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, false, false, null, null, FIN, false,
                null))).containsExactly(CritereRisque.NON_AGREE);
        // valid today, ends before the stay does: expiring, not non-agréé; ending on the last day is fine
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, false, false, null, FIN.minusDays(1), FIN,
                false, null))).containsExactly(CritereRisque.AGREMENT_EXPIRANT);
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, false, false, null, FIN, FIN, false,
                null))).isEmpty();
        assertThat(criteres(new FaitsSejour(false, false, 0, 8, 4, false, false, false, null, AUJOURDHUI, FIN,
                false, null))).containsExactly(CritereRisque.AGREMENT_EXPIRANT);
    }

    @Test
    void lesContributionsFontLeScoreAvecLesPoidsParDefaut() {
        FaitsSejour tout = new FaitsSejour(true, true, 3, 40, 2, true, true, true, null, FIN.minusDays(1), FIN, true,
                AUJOURDHUI.plusDays(1));
        ScoreRisque s = ScoreRisque.calculer(tout, DEFAUT, AUJOURDHUI);
        assertThat(s.contributions()).extracting(ScoreRisque.Contribution::critere)
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(CritereRisque.NON_AGREE)));
        assertThat(s.total()).isEqualTo(s.contributions().stream().mapToInt(ScoreRisque.Contribution::points).sum())
                .isEqualTo(Arrays.stream(CritereRisque.values()).filter(c -> c != CritereRisque.NON_AGREE)
                        .mapToInt(CritereRisque::poidsParDefaut).sum())
                .isEqualTo(20 + 15 + 25 + 20 + 10 + 10 + 10 + 15 + 10 + 10);
        assertThat(s.points(CritereRisque.INSPECTION_PLANIFIEE)).as("flagged, weighs nothing").isZero();
        assertThat(s.remplit(CritereRisque.INSPECTION_PLANIFIEE)).isTrue();
    }

    @Test
    void lesPoidsEtSeuilsViennentDesProprietes() {
        MockEnvironment env = new MockEnvironment().withProperty("vao.controle.poids.premier-sejour", "7")
                .withProperty("vao.controle.poids.eig-anterieurs", "0")
                .withProperty("vao.controle.poids.inspection-planifiee", "50")
                .withProperty("vao.controle.seuil.grand-groupe", "8")
                .withProperty("vao.controle.seuil.vacanciers-par-personnel", "1");
        ReglesRisque r = ReglesRisque.depuis(env);
        assertThat(r.poids(CritereRisque.PREMIER_SEJOUR)).isEqualTo(7);
        assertThat(r.poids(CritereRisque.JAMAIS_INSPECTE)).isEqualTo(15);
        assertThat(r.poids(CritereRisque.INSPECTION_PLANIFIEE)).as("not configurable").isZero();
        FaitsSejour f = new FaitsSejour(true, false, 1, 8, 4, false, false, false, null, AUJOURDHUI.plusYears(1), FIN,
                false, AUJOURDHUI);
        ScoreRisque s = ScoreRisque.calculer(f, r, AUJOURDHUI);
        assertThat(s.contributions()).extracting(ScoreRisque.Contribution::critere).containsExactly(
                CritereRisque.PREMIER_SEJOUR, CritereRisque.EIG_ANTERIEURS, CritereRisque.ENCADREMENT_FAIBLE,
                CritereRisque.GRAND_GROUPE, CritereRisque.INSPECTION_PLANIFIEE);
        assertThat(s.points(CritereRisque.EIG_ANTERIEURS)).as("a criterion weighted 0 is still shown").isZero();
        assertThat(s.total()).isEqualTo(7 + 0 + 20 + 10);
        assertThatThrownBy(() -> new ReglesRisque(Map.of(CritereRisque.ITINERANT, -1), 4, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
