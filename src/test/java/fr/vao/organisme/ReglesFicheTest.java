package fr.vao.organisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of each step of the fiche (spec §2.5), without Spring: the same checks serve saves and finalisation. */
class ReglesFicheTest {

    static ProtocoleTransport transportValide() {
        return new ProtocoleTransport(Set.of("organisateur"), Set.of("autocar"), "Car affrété depuis Paris", false,
                true, "Rampe d'accès et ancrages");
    }

    static ProtocoleSanitaire sanitaireValide() {
        return new ProtocoleSanitaire(false, null, Set.of(), null, false, null, true, Set.of("accompagnant"),
                "Distribution par l'accompagnant référent", true, "Armoire fermée à clé", true, false, null, "aucune",
                null, true, false, null, true, false, null, false, null, false, null, true,
                "Plan canicule du lieu", "Argent de poche remis chaque jour");
    }

    static RenseignementsMorale moraleValide() {
        return new RenseignementsMorale(true, "73282932000074", null, "ASSOCIATION ALPHA", null, "9220",
                "12 RUE DE LA PAIX 75002 PARIS 2", "France", "contact@alpha.fr", "0102030405",
                List.of(new RepresentantLegal("Durand", "Marie", "Présidente")),
                new Responsable("Martin", "Paul", "Directeur", "1 rue des Lilas 75011 Paris", "0612345678",
                        "paul.martin@alpha.fr"), true, 48.86, 2.34);
    }

    private static List<String> champs(Erreurs e) {
        return e.liste().stream().map(Erreurs.Erreur::champ).toList();
    }

    @Test
    void unTransportCompletNaAucuneErreur() {
        assertThat(transportValide().erreurs().aucune()).isTrue();
    }

    @Test
    void leTransportParLOrganisateurExigeDesModesEtUnePrecisionDeCinqCaracteres() {
        ProtocoleTransport p = new ProtocoleTransport(Set.of("organisateur"), Set.of(), "car", false, null, null);
        assertThat(champs(p.erreurs())).containsExactly("modes", "precisionModeOrganisation");
    }

    @Test
    void laQuestionDesVehiculesNestPoseeQueSiDesDeplacementsOuUnCarOuUneAutomobile() {
        ProtocoleTransport propresMoyens = new ProtocoleTransport(Set.of("vacanciers"), Set.of(), null, false, null,
                null);
        assertThat(propresMoyens.erreurs().aucune()).isTrue();
        ProtocoleTransport deplacements = new ProtocoleTransport(Set.of("vacanciers"), Set.of(), null, true, null,
                null);
        assertThat(champs(deplacements.erreurs())).containsExactly("vehiculesAdaptes");
        ProtocoleTransport adaptes = new ProtocoleTransport(Set.of("vacanciers"), Set.of(), null, true, true, "oui");
        assertThat(champs(adaptes.erreurs())).containsExactly("precisionVehicules");
    }

    @Test
    void unTransportSansResponsableNiReponseEstRefuseEtUnChoixInconnuAussi() {
        assertThat(champs(new ProtocoleTransport(Set.of(), Set.of(), null, null, null, null).erreurs()))
                .containsExactly("responsables", "deplacementDurantSejour");
        assertThat(new ProtocoleTransport(Set.of("pirate"), Set.of(), null, false, null, null).erreurs().liste())
                .containsExactly(new Erreurs.Erreur("responsables", "organisme.erreur.choix-inconnu"));
    }

    @Test
    void leTransportNormaliseOublieLesReponsesDevenuesSansObjet() {
        ProtocoleTransport p = new ProtocoleTransport(Set.of("vacanciers"), Set.of("train"), "ancienne précision",
                false, true, "ancienne");
        assertThat(p.normalise()).isEqualTo(new ProtocoleTransport(Set.of("vacanciers"), Set.of(), null, false, null,
                null));
    }

    @Test
    void unProtocoleSanitaireCompletNaAucuneErreur() {
        assertThat(sanitaireValide().erreurs().aucune()).isTrue();
    }

    @Test
    void chaqueOuiDuProtocoleSanitaireExigeSaPrecision() {
        ProtocoleSanitaire s = sanitaireValide();
        ProtocoleSanitaire oui = new ProtocoleSanitaire(true, null, Set.of("infirmier"), "abc", true, "", true,
                s.responsablesMedicaments(), s.precisionMedicaments(), true, null, true, true, null,
                "prepares_prealablement", null, true, true, null, true, true, null, true, null, true, null, true, null,
                s.gestionBudgetPersonnel());
        assertThat(champs(oui.erreurs())).containsExactly("precisionDispositions", "precisionEquipe",
                "precisionCabinet", "precisionStockage", "precisionIndividualisation", "precisionPiluliers",
                "precisionModification", "precisionEvacuation", "precisionAccident", "precisionReorientation",
                "precisionCanicule");
    }

    @Test
    void unProtocoleSanitaireVideSignaleChaqueQuestion() {
        ProtocoleSanitaire vide = new ProtocoleSanitaire(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(champs(vide.erreurs())).containsExactly("dispositionsSpecifiques", "accordCabinet",
                "troussePharmacie", "responsablesMedicaments", "stockageSecurise", "conservationThermosensibles",
                "individualisationTraitements", "preparationPiluliers", "prescriptionJointe", "protocoleModification",
                "ficheSuivi", "protocoleEvacuation", "protocoleAccident", "protocoleReorientation",
                "protocoleCanicule", "gestionBudgetPersonnel");
    }

    @Test
    void lesRenseignementsDUnePersonneMoraleExigentUnRepresentantEtUnResponsableComplet() {
        assertThat(moraleValide().erreurs().aucune()).isTrue();
        RenseignementsMorale m = moraleValide();
        RenseignementsMorale sans = new RenseignementsMorale(true, m.siret(), null, m.raisonSociale(), null,
                m.categorieJuridique(), m.adresse(), m.pays(), "pas-un-courriel", "123", List.of(),
                new Responsable("Martin", "Paul", null, null, "0612345678", "paul@alpha.fr"), true, null, null);
        assertThat(champs(sans.erreurs())).containsExactly("email", "telephone", "representants",
                "responsable.fonction", "responsable.adresse");
    }

    @Test
    void uneFonctionManquanteEstSignaleeSurLeRepresentantConcerne() {
        RenseignementsMorale m = moraleValide();
        RenseignementsMorale r = new RenseignementsMorale(true, m.siret(), null, m.raisonSociale(), null, null,
                m.adresse(), m.pays(), m.email(), m.telephone(),
                List.of(new RepresentantLegal("Durand", "Marie", "Présidente"), new RepresentantLegal("Petit", null,
                        " ")), m.responsable(), true, null, null);
        assertThat(champs(r.erreurs())).containsExactly("representants[1].fonction");
    }

    @Test
    void unePersonnePhysiqueAUneProfessionParmiLesSectionsNafEtUneAdresseDeSiegeSiDifferente() {
        RenseignementsPhysique p = new RenseignementsPhysique("12345678901234", "Dupont", null, "Jeanne", "Z",
                "0612345678", "3 rue Haute 69001 Lyon", false, null, false, null, null);
        assertThat(p.erreurs().liste()).containsExactly(
                new Erreurs.Erreur("profession", "organisme.erreur.choix-inconnu"),
                new Erreurs.Erreur("adresseSiege", "format.obligatoire"));
        RenseignementsPhysique identique = new RenseignementsPhysique("12345678901234", "Dupont", null, "Jeanne",
                "Q", "0612345678", "3 rue Haute 69001 Lyon", true, null, false, null, null);
        assertThat(identique.erreurs().aucune()).isTrue();
        assertThat(identique.siegeActivites()).isEqualTo("3 rue Haute 69001 Lyon");
    }

    @Test
    void lHistoriqueNeGardeQueLesChampsModifies() {
        Map<String, String> avant = transportValide().champs();
        ProtocoleTransport apres = new ProtocoleTransport(Set.of("organisateur", "vacanciers"), Set.of("autocar"),
                "Car affrété depuis Paris", false, true, "Rampe d'accès et ancrages");
        List<Historique> changes = Historique.differences(Section.TRANSPORT, avant, apres.champs(), "Paul", null);
        assertThat(changes).singleElement().satisfies(h -> {
            assertThat(h.champ()).isEqualTo("responsables");
            assertThat(h.avant()).isEqualTo("organisateur");
            assertThat(h.apres()).isEqualTo("vacanciers, organisateur");
        });
    }
}
