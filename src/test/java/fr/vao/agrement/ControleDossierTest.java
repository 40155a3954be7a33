package fr.vao.agrement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.vao.document.Categorie;

/** The rules of a request's steps without a database: permissive while saved, strict at transmission. */
class ControleDossierTest {

    private static final LocalDate JOUR = LocalDate.of(2027, 3, 1);
    private static final String TEXTE = "Un texte de plus de vingt caractères";
    private static final List<Activite> ACTIVITES = List.of(new Activite("SKI", "SPORT", "Ski"));

    private static List<String> champs(List<DeclarationExistant.Erreur> erreurs) {
        return erreurs.stream().map(DeclarationExistant.Erreur::champ).toList();
    }

    @Test
    void enregistrerNExigeRienMaisRefuseCeQuiEstMalForme() {
        assertThat(ControleDossier.permissif(EtapeAgrement.PROJET, DossierAgrement.Projet.VIDE, List.of("SKI"), JOUR))
                .isEmpty();
        DossierAgrement.Projet p = new DossierAgrement.Projet(-1, "x".repeat(1001), List.of("INCONNU"),
                List.of(new DossierAgrement.SejourPrevu(null, null, 0, List.of(0))), List.of("SKI", "GOLF"), null,
                null, "court", null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(champs(ControleDossier.permissif(EtapeAgrement.PROJET, p, List.of("SKI"), JOUR)))
                .containsExactly("nbSejours", "commentaire", "deficiences", "sejours[0].nbVacanciers",
                        "sejours[0].mois", "activites");
        assertThat(ControleDossier.permissif(EtapeAgrement.DOSSIER,
                new DossierAgrement.Candidature("court", JOUR.plusDays(1)), List.of(), JOUR))
                .extracting(DeclarationExistant.Erreur::cle).containsExactly("agrement.erreur.date-future");
    }

    @Test
    void aLaTransmissionLeBilanNeCompteQuePourUnRenouvellementEtLesFacultatifsOntLeurMinimum() {
        DossierAgrement.Bilan bilan = new DossierAgrement.Bilan(List.of(new DossierAgrement.BilanAnnuel(2026, 10, 5,
                5, 70, List.of(), List.of(), List.of())), TEXTE, TEXTE, TEXTE, true, null, TEXTE, TEXTE, "court", null);
        DossierAgrement premier = new DossierAgrement(1, DemandeAgrement.PREMIER, StatutAgrement.BROUILLON, null, null,
                null, null, null, ACTIVITES);
        assertThat(ControleDossier.strict(premier, Set.of(), false, JOUR)).containsOnlyKeys(EtapeAgrement.COORDONNEES,
                EtapeAgrement.DOSSIER, EtapeAgrement.PROJET);
        DossierAgrement renouvellement = new DossierAgrement(1, DemandeAgrement.RENOUVELLEMENT,
                StatutAgrement.BROUILLON, null, null, null, bilan, null, ACTIVITES);
        assertThat(champs(ControleDossier.strict(renouvellement, Set.of(Categorie.AGR_BILANQUALITPERCEPTION,
                Categorie.AGR_BILANQUALITPERSPECTIVE, Categorie.AGR_BILANQUALITELEMARQ), false, JOUR)
                .get(EtapeAgrement.BILAN))).containsExactly("ressourcesHumaines");
        // without "aucun changement", the changes must be described
        DossierAgrement.Bilan changements = new DossierAgrement.Bilan(bilan.annees(), TEXTE, TEXTE, TEXTE, null,
                "court", TEXTE, TEXTE, null, null);
        assertThat(champs(ControleDossier.strict(new DossierAgrement(1, DemandeAgrement.RENOUVELLEMENT,
                StatutAgrement.BROUILLON, null, null, null, changements, null, ACTIVITES), Set.of(), false, JOUR)
                .get(EtapeAgrement.BILAN))).startsWith("changements");
        // the procès-verbal only for a personne morale
        assertThat(champs(ControleDossier.strict(premier, Set.of(), true, JOUR).get(EtapeAgrement.COORDONNEES)))
                .contains("pieces[AGR_PROCVERBAL]");
        assertThat(champs(ControleDossier.strict(premier, Set.of(), false, JOUR).get(EtapeAgrement.COORDONNEES)))
                .doesNotContain("pieces[AGR_PROCVERBAL]");
    }
}
