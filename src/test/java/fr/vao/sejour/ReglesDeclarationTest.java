package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vao.agrement.Agrement;
import fr.vao.organisme.Responsable;

/** The rules of each step of a déclaration, of its submission and of the agrément policy, without Spring. */
class ReglesDeclarationTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2027, 3, 10);
    static final LocalDate DEBUT = LocalDate.of(2027, 7, 1);
    static final LocalDate FIN = LocalDate.of(2027, 7, 15);
    static final Responsable RESPONSABLE = new Responsable("Martin", "Claire", "Directrice", "1 rue de Rivoli 75001 Paris",
            "0612345678", "claire.martin@exemple.fr");

    private static List<String> champs(Erreurs e) {
        return e.liste().stream().map(Erreurs.Erreur::champ).toList();
    }

    private static Etape etape(String dep, LocalDate debut, LocalDate fin) {
        return new Etape(UUID.randomUUID(), 1, "Gîte", dep, debut, fin, null);
    }

    @Test
    void leDebutDoitEtreApresAujourdhuiEtLaFinApresLeDebut() {
        assertThat(new InformationsGenerales("Été à la mer", DEBUT, FIN, RESPONSABLE).erreurs(AUJOURDHUI, true)
                .aucune()).isTrue();
        assertThat(champs(new InformationsGenerales("Été", AUJOURDHUI, FIN, RESPONSABLE).erreurs(AUJOURDHUI, true)))
                .containsExactly("dateDebut");
        assertThat(champs(new InformationsGenerales("Été", DEBUT, DEBUT, RESPONSABLE).erreurs(AUJOURDHUI, true)))
                .containsExactly("dateFin");
        assertThat(champs(new InformationsGenerales("x".repeat(101), DEBUT, FIN, RESPONSABLE)
                .erreurs(AUJOURDHUI, true))).containsExactly("libelle");
        assertThat(champs(new InformationsGenerales(null, null, null, null).erreurs(AUJOURDHUI, true)))
                .contains("libelle", "dateDebut", "dateFin", "responsable.nom", "responsable.prenom",
                        "responsable.fonction", "responsable.adresse", "responsable.telephone", "responsable.email");
    }

    @Test
    void periodeEtDureeSontCalculees() {
        InformationsGenerales i = new InformationsGenerales("Été", DEBUT, FIN, RESPONSABLE);
        assertThat(i.periode()).isEqualTo("ete");
        assertThat(i.duree()).isEqualTo(15);
        assertThat(InformationsGenerales.periode(LocalDate.of(2027, 3, 31))).isEqualTo("hiver");
        assertThat(InformationsGenerales.periode(LocalDate.of(2027, 4, 1))).isEqualTo("printemps");
        assertThat(InformationsGenerales.periode(LocalDate.of(2027, 10, 1))).isEqualTo("automne");
    }

    @Test
    void leTotalDesVacanciersEstLaSommeDesFemmesEtDesHommes() {
        Vacanciers ok = new Vacanciers(4, 6, 10, Set.of("18_39"), Set.of("moteur"), "Fauteuils roulants");
        assertThat(ok.erreurs().aucune()).isTrue();
        assertThat(champs(new Vacanciers(4, 6, 11, Set.of("18_39"), Set.of("moteur"), "Fauteuils").erreurs()))
                .containsExactly("total");
        assertThat(champs(new Vacanciers(4, 6, 10, Set.of(), Set.of("inconnue"), "abc").erreurs()))
                .containsExactly("tranchesAge", "deficiences", "precisionDeficiences");
    }

    @Test
    void lePersonnelPeutEtreNulADeuxMoisMaisPasAHuitJours() {
        PersonnelPrevu zero = new PersonnelPrevu(0, 0, false);
        assertThat(zero.erreurs(false).aucune()).isTrue();
        assertThat(champs(zero.erreurs(true))).containsExactly("nombreAccompagnants", "nombreResponsables");
        assertThat(champs(new PersonnelPrevu(-1, null, null).erreurs(false)))
                .containsExactly("nombreAccompagnants", "nombreResponsables", "procedureRecrutementSupplementaire");
    }

    @Test
    void auMoinsUneDestination() {
        assertThat(champs(ProjetSejour.vide().erreurs())).containsExactly("destinations");
        assertThat(new ProjetSejour(Set.of("mer"), Set.of(), Set.of(), Set.of(), null).erreurs().aucune()).isTrue();
    }

    @Test
    void lesHebergementsCouvrentLeSejourSansTrou() {
        SelectionHebergements un = new SelectionHebergements(List.of(etape("75", DEBUT, FIN)), null);
        assertThat(un.erreurs(DEBUT, FIN).aucune()).isTrue();
        assertThat(un.itinerant()).isFalse();
        assertThat(un.departementSuivi()).contains("75");

        SelectionHebergements deux = new SelectionHebergements(List.of(etape("92", LocalDate.of(2027, 7, 8), FIN),
                etape("69", DEBUT, LocalDate.of(2027, 7, 8))), true);
        assertThat(deux.erreurs(DEBUT, FIN).aucune()).isTrue();
        assertThat(deux.departementSuivi()).as("the first by date").contains("69");

        SelectionHebergements trou = new SelectionHebergements(List.of(etape("69", DEBUT, LocalDate.of(2027, 7, 7)),
                etape("92", LocalDate.of(2027, 7, 8), FIN)), false);
        assertThat(champs(trou.erreurs(DEBUT, FIN))).containsExactly("etapes");
        SelectionHebergements courte = new SelectionHebergements(List.of(etape("75", DEBUT, LocalDate.of(2027, 7,
                14))), null);
        assertThat(champs(courte.erreurs(DEBUT, FIN))).containsExactly("etapes");
        SelectionHebergements sansPays = new SelectionHebergements(deux.etapes(), null);
        assertThat(champs(sansPays.erreurs(DEBUT, FIN))).containsExactly("sejourEtranger");
        assertThat(champs(SelectionHebergements.vide().erreurs(DEBUT, FIN))).containsExactly("etapes");
        assertThat(champs(SelectionHebergements.erreurs(etape("75", DEBUT.minusDays(1), FIN), DEBUT, FIN)))
                .containsExactly("etape.dateDebut");
    }

    @Test
    void leNumeroEstCompleteSurQuatreChiffresSansJamaisEtreTronque() {
        assertThat(NumeroDeclaration.de(DEBUT, "75", 1)).isEqualTo("DS-27-75-0001");
        assertThat(NumeroDeclaration.de(DEBUT, "2A", 123456)).isEqualTo("DS-27-2A-123456");
        assertThatThrownBy(() -> NumeroDeclaration.de(DEBUT, "75", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unAgrementValideEstExigeEtSonExpirationAvantLaFinEstSignalee() {
        Agrement valide = new Agrement(1, 1, Agrement.VALIDE, "existant", "AG-75-1", "IDF", LocalDate.of(2023, 1, 1),
                LocalDate.of(2028, 1, 1), null);
        assertThat(ValiditeAgrement.de(Optional.of(valide), AUJOURDHUI, FIN).autorise()).isTrue();
        assertThat(ValiditeAgrement.de(Optional.of(valide), AUJOURDHUI, FIN).expireAvantFin()).isFalse();
        Agrement finJuillet = new Agrement(1, 1, Agrement.VALIDE, "existant", "AG-75-1", "IDF",
                LocalDate.of(2022, 7, 5), LocalDate.of(2027, 7, 5), null);
        ValiditeAgrement v = ValiditeAgrement.de(Optional.of(finJuillet), AUJOURDHUI, FIN);
        assertThat(v.autorise()).isTrue();
        assertThat(v.expireAvantFin()).isTrue();
        assertThat(ValiditeAgrement.de(Optional.of(finJuillet), LocalDate.of(2027, 7, 6), FIN).refus())
                .isEqualTo("sejour.refus.agrement-invalide");
        Agrement retire = new Agrement(1, 1, "RETIRE", "existant", "AG", "IDF", LocalDate.of(2023, 1, 1),
                LocalDate.of(2028, 1, 1), null);
        assertThat(ValiditeAgrement.de(Optional.of(retire), AUJOURDHUI, FIN).autorise()).isFalse();
        assertThat(ValiditeAgrement.de(Optional.empty(), AUJOURDHUI, FIN).refus())
                .isEqualTo("sejour.refus.agrement-absent");
    }

    @Test
    void laTransmissionExigeChaqueEtapeLAttestationEtLAgrement() {
        DeclarationSejour brouillon = DeclarationsExemple.complete(Statut.BROUILLON);
        Attestation attestation = new Attestation(true, "Martin", "Claire", "Directrice", AUJOURDHUI);
        ValiditeAgrement agree = new ValiditeAgrement(null, false, null);
        assertThat(brouillon.transmettre(attestation, AUJOURDHUI, agree)).isEqualTo(Statut.TRANSMISE);

        assertThatThrownBy(() -> brouillon.transmettre(new Attestation(false, "Martin", "Claire", "", AUJOURDHUI),
                AUJOURDHUI, agree)).isInstanceOfSatisfying(DeclarationInvalideException.class,
                        e -> assertThat(e.erreurs()).extracting(Erreurs.Erreur::champ)
                                .containsExactly("aCertifie", "qualite"));
        assertThatThrownBy(() -> brouillon.transmettre(attestation, AUJOURDHUI,
                new ValiditeAgrement("sejour.refus.agrement-absent", false, null)))
                .isInstanceOf(DeclarationRefuseeException.class);
        assertThatThrownBy(() -> DeclarationsExemple.complete(Statut.EN_COURS).transmettre(attestation, AUJOURDHUI,
                agree)).isInstanceOf(TransitionInterditeException.class);
        DeclarationSejour sansVacanciers = DeclarationsExemple.avecVacanciers(Vacanciers.vide());
        assertThatThrownBy(() -> sansVacanciers.transmettre(attestation, AUJOURDHUI, agree))
                .isInstanceOf(DeclarationInvalideException.class);
        assertThat(sansVacanciers.erreursParEtape(AUJOURDHUI).get(EtapeDeclaration.VACANCIERS).aucune()).isFalse();
        assertThat(sansVacanciers.erreursParEtape(AUJOURDHUI).get(EtapeDeclaration.PROJET).aucune()).isTrue();
    }

    @Test
    void uneDemandeDeComplementsExigeUnCommentaireDeCinqCaracteres() {
        DeclarationSejour d = DeclarationsExemple.complete(Statut.EN_COURS);
        assertThatThrownBy(() -> d.demanderComplements("abcd")).isInstanceOf(DeclarationInvalideException.class);
        assertThat(d.demanderComplements("Précisez les activités")).isEqualTo(Statut.A_MODIFIER);
        assertThatThrownBy(() -> d.refuser(" ")).isInstanceOf(DeclarationInvalideException.class);
        assertThat(d.refuser("Hors délai")).isEqualTo(Statut.REFUSEE);
        assertThat(d.enregistrer()).isEqualTo(Statut.ATTENTE_8_JOURS);
    }

    @Test
    void laCopieEstPrefixeeEtLimiteeACentCaracteres() {
        assertThat(DeclarationsExemple.complete(Statut.ANNULEE).libelleCopie()).isEqualTo("COPIE - Été à la mer");
        DeclarationSejour longue = DeclarationsExemple.avecLibelle("x".repeat(95));
        assertThatThrownBy(longue::libelleCopie).isInstanceOfSatisfying(DeclarationRefuseeException.class,
                e -> assertThat(e.cle()).isEqualTo("sejour.refus.copie-trop-longue"));
        assertThatThrownBy(() -> DeclarationsExemple.complete(Statut.VALIDEE_8J).libelleCopie())
                .isInstanceOf(TransitionInterditeException.class);
    }
}
