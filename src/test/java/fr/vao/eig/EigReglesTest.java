package fr.vao.eig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vao.sejour.DeclarationsPourEig;
import fr.vao.sejour.Statut;

/** The rules of the aggregate (spec §2.9, rules 68–73), without Spring. */
class EigReglesTest {

    static final LocalDate DEBUT = LocalDate.of(2027, 7, 1);
    static final DeclarationsPourEig.Sejour SEJOUR = new DeclarationsPourEig.Sejour(1, "DS-1", "Séjour", Statut.SEJOUR_EN_COURS,
            2, "Orga", DEBUT, DEBUT.plusDays(10), List.of("75", "92"), List.of("Maison"), "75", "Julie Lefebvre",
            "j@x.fr", List.of(), "IDF");
    static final Map<String, TypeEvenement> CATALOGUE = Map.of(
            "FUGUE", new TypeEvenement("FUGUE", "SECURITE", "Fugue", true, false),
            "VIOLS", new TypeEvenement("VIOLS", "VICTIMES", "Viols", false, false),
            "SANTE_AUTRE", new TypeEvenement("SANTE_AUTRE", "SANTE", "Autre, à préciser", true, true));

    static Eig eig(StatutEig statut, String region, boolean ddets, boolean dreets) {
        return new Eig(1, statut, 1, 2, 3, "92", region, DEBUT.plusDays(2), List.of(new TypeChoisi("FUGUE", null)),
                List.of(new Personne("Durand", "Alice", null, null, null, null)), "Texte 1", "Texte 2", "Texte 3",
                "Texte 4", false, List.of(), null, null, ddets, dreets, 0);
    }

    @Test
    void eligibiliteDuSejour() {
        assertThat(SEJOUR.eligible(DEBUT)).isTrue();
        assertThat(SEJOUR.eligible(DEBUT.minusDays(1))).as("not started").isFalse();
        assertThat(SEJOUR.eligible(DEBUT.plusDays(17))).as("7 days after the end").isTrue();
        assertThat(SEJOUR.eligible(DEBUT.plusDays(18))).isFalse();
        DeclarationsPourEig.Sejour enInstruction = new DeclarationsPourEig.Sejour(1, "DS-1", "S", Statut.EN_COURS_8J,
                2, "O", DEBUT, DEBUT.plusDays(10), List.of("75"), List.of(), "75", null, null, List.of(), "IDF");
        assertThat(enInstruction.eligible(DEBUT.plusDays(1))).isFalse();
    }

    @Test
    void selectionTypesEtRenseignements() {
        assertThat(Eig.erreursSelection(SEJOUR, "92", DEBUT)).isEmpty();
        assertThat(Eig.erreursSelection(SEJOUR, "69", DEBUT.minusDays(1))).extracting(ErreurEig::cle)
                .containsExactly("eig.erreur.departement-hors-sejour", "eig.erreur.date-hors-sejour");
        assertThat(Eig.erreursTypes(List.of(), CATALOGUE)).extracting(ErreurEig::cle)
                .containsExactly("eig.erreur.type-obligatoire");
        assertThat(Eig.erreursTypes(List.of(new TypeChoisi("VIOLS", null)), CATALOGUE)).extracting(ErreurEig::cle)
                .containsExactly("eig.erreur.type-inactif");
        assertThat(Eig.erreursTypes(List.of(new TypeChoisi("SANTE_AUTRE", "abcd")), CATALOGUE))
                .containsExactly(new ErreurEig("precisionSante", "eig.erreur.precision-courte"));
        assertThat(Eig.erreursTypes(List.of(new TypeChoisi("SANTE_AUTRE", "abcde")), CATALOGUE)).isEmpty();
        assertThat(Eig.erreursRenseignements(List.of(), "abcde", "abcd", "abcde", "abcde"))
                .extracting(ErreurEig::champ).containsExactly("personnel", "dispositionRemediation");
        assertThat(Eig.erreursEmails(List.of("a@b.fr", "pas-une-adresse"))).extracting(ErreurEig::cle)
                .containsExactly("eig.erreur.email-invalide");
    }

    @Test
    void transmissionEtLectures() {
        assertThatThrownBy(() -> eig(StatutEig.BROUILLON, "IDF", false, false).transmettre(SEJOUR, CATALOGUE, false))
                .isInstanceOf(EigInvalideException.class);
        assertThat(eig(StatutEig.BROUILLON, "IDF", false, false).transmettre(SEJOUR, CATALOGUE, true))
                .isEqualTo(StatutEig.ENVOYE);
        assertThatThrownBy(() -> eig(StatutEig.ENVOYE, "IDF", false, false).transmettre(SEJOUR, CATALOGUE, true))
                .isInstanceOf(EigRefuseException.class);
        assertThatThrownBy(() -> eig(StatutEig.ENVOYE, "IDF", false, false).verifierModifiable())
                .isInstanceOf(EigRefuseException.class);
        assertThat(eig(StatutEig.ENVOYE, "IDF", false, false).lirePar(Eig.Service.DDETS)).isEqualTo(StatutEig.ENVOYE);
        assertThat(eig(StatutEig.ENVOYE, "IDF", true, false).lirePar(Eig.Service.DREETS)).isEqualTo(StatutEig.LU);
        assertThat(eig(StatutEig.ENVOYE, "IDF", false, true).lirePar(Eig.Service.DDETS)).isEqualTo(StatutEig.LU);
        assertThat(eig(StatutEig.ENVOYE, null, false, false).lirePar(Eig.Service.DDETS))
                .as("no agrément region: the DDETS alone").isEqualTo(StatutEig.LU);
        assertThat(eig(StatutEig.ENVOYE, "IDF", true, false).aLire(Eig.Service.DDETS)).isFalse();
        assertThat(eig(StatutEig.ENVOYE, "IDF", true, false).aLire(Eig.Service.DREETS)).isTrue();
        assertThatThrownBy(() -> eig(StatutEig.BROUILLON, "IDF", false, false).lirePar(Eig.Service.DDETS))
                .isInstanceOf(EigRefuseException.class);
    }
}
