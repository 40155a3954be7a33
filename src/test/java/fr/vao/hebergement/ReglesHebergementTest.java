package fr.vao.hebergement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules of spec §2.7 (rules 43 to 47) on the aggregate, without Spring. */
class ReglesHebergementTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 25);
    static final AdresseHebergement ADRESSE = new AdresseHebergement("12 Rue de la Paix 75002 Paris", "75102", "75002",
            "75", 48.869, 2.331, "75102_7048_00012");

    /** A complete fiche: ERP Non with the operator's answer. */
    static FicheHebergement complete() {
        return new FicheHebergement("Gîte des Lilas", "Jeanne Martin", ADRESSE, "0102030405", null, "gite@lilas.fr",
                "meuble_tourisme", true, AUJOURDHUI.minusDays(10), false, null, null, UUID.randomUUID(),
                "accessible", null, "pension_complete", Set.of("blanchisseries"), "Deux salles de bain, un salon",
                20, 0, null, 2, true, true, true, true, false, null, true, "Minibus, 10 km par jour",
                "Une sortie par semaine en car");
    }

    private static Set<String> champs(Erreurs e) {
        return e.liste().stream().map(Erreurs.Erreur::champ).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void uneFicheCompleteEstValide() {
        assertThat(complete().erreurs(AUJOURDHUI, true).liste()).isEmpty();
    }

    @Test
    void chaqueChampObligatoireEstExigePourActiverPasPourUnBrouillon() {
        FicheHebergement vide = FicheHebergement.vide();
        assertThat(vide.erreurs(AUJOURDHUI, false).aucune()).isTrue();
        assertThat(champs(vide.erreurs(AUJOURDHUI, true))).containsExactlyInAnyOrder("nom", "nomGestionnaire",
                "adresse", "telephone1", "type", "visiteLocaux", "reglementationErp", "accessibilite", "pension",
                "description", "nombreLits", "nombreMaxPersonnesCouchage", "couchageIndividuel",
                "rangementIndividuel", "chambresUnisexes", "chambresDoubles", "amenagementsSpecifiques",
                "vehiculesAdaptes", "deplacementProximite", "excursion");
    }

    @Test
    void lesFormatsEtLongueursSontVerifiesMemeDansUnBrouillon() {
        FicheHebergement f = new FicheHebergement("x".repeat(81), null, null, "12345", "abc", "pas-un-courriel",
                "chateau", null, AUJOURDHUI.plusDays(1), null, null, null, null, null, null, null,
                Set.of("piscine"), "abc", -1, null, null, null, null, null, null, null, null, null, null, "abcd",
                null);
        assertThat(champs(f.erreurs(AUJOURDHUI, false))).containsExactlyInAnyOrder("nom", "telephone1",
                "telephone2", "email", "type", "visiteLocauxLe", "prestations", "description", "nombreLits",
                "deplacementProximite");
    }

    @Test
    void erpOuiExigeAttestationOuArreteEtErpNonLaReponseDeLExploitant() {
        FicheHebergement c = complete();
        FicheHebergement oui = avecErp(c, true, null, null, null);
        assertThat(oui.erreurs(AUJOURDHUI, true).liste())
                .containsExactly(new Erreurs.Erreur("attestationSecurite", "hebergement.erreur.erp-oui"));
        assertThat(avecErp(c, true, null, UUID.randomUUID(), null).erreurs(AUJOURDHUI, true).aucune()).isTrue();
        assertThat(avecErp(c, true, UUID.randomUUID(), null, null).erreurs(AUJOURDHUI, true).aucune()).isTrue();
        assertThat(avecErp(c, false, UUID.randomUUID(), null, null).erreurs(AUJOURDHUI, true).liste())
                .containsExactly(new Erreurs.Erreur("reponseExploitant", "hebergement.erreur.erp-non"));
    }

    private static FicheHebergement avecErp(FicheHebergement c, boolean erp, UUID attestation, UUID arrete,
            UUID reponse) {
        return new FicheHebergement(c.nom(), c.nomGestionnaire(), c.adresse(), c.telephone1(), c.telephone2(),
                c.email(), c.type(), c.visiteLocaux(), c.visiteLocauxLe(), erp, attestation, arrete, reponse,
                c.accessibilite(), c.accessibilitePrecision(), c.pension(), c.prestations(), c.description(),
                c.nombreLits(), c.nombreLitsSuperposes(), c.litDessus(), c.nombreMaxPersonnesCouchage(),
                c.couchageIndividuel(), c.rangementIndividuel(), c.chambresUnisexes(), c.chambresDoubles(),
                c.amenagementsSpecifiques(), c.amenagementsPrecision(), c.vehiculesAdaptes(),
                c.deplacementProximite(), c.excursion());
    }

    @Test
    void conditionsLitsSuperposesAmenagementsAccessibiliteEtVisite() {
        FicheHebergement c = complete();
        FicheHebergement f = new FicheHebergement(c.nom(), c.nomGestionnaire(), c.adresse(), c.telephone1(), null,
                null, c.type(), true, AUJOURDHUI.plusDays(1), false, null, null, c.reponseExploitant(),
                "commentaires", "", c.pension(), Set.of(), c.description(), 4, 6, null, 2, true, true, true, true,
                true, "abc", true, c.deplacementProximite(), c.excursion());
        assertThat(f.erreurs(AUJOURDHUI, true).liste()).containsExactlyInAnyOrder(
                new Erreurs.Erreur("visiteLocauxLe", "hebergement.erreur.visite-future"),
                new Erreurs.Erreur("accessibilitePrecision", "hebergement.erreur.description"),
                new Erreurs.Erreur("nombreLitsSuperposes", "hebergement.erreur.superposes-plus-que-lits"),
                new Erreurs.Erreur("litDessus", "hebergement.erreur.oui-non"),
                new Erreurs.Erreur("amenagementsPrecision", "hebergement.erreur.description"));
        // today is allowed
        assertThat(avecVisite(c, AUJOURDHUI).erreurs(AUJOURDHUI, true).aucune()).isTrue();
    }

    private static FicheHebergement avecVisite(FicheHebergement c, LocalDate le) {
        return new FicheHebergement(c.nom(), c.nomGestionnaire(), c.adresse(), c.telephone1(), c.telephone2(),
                c.email(), c.type(), true, le, c.reglementationErp(), c.attestationSecurite(), c.arreteMaire(),
                c.reponseExploitant(), c.accessibilite(), c.accessibilitePrecision(), c.pension(), c.prestations(),
                c.description(), c.nombreLits(), c.nombreLitsSuperposes(), c.litDessus(),
                c.nombreMaxPersonnesCouchage(), c.couchageIndividuel(), c.rangementIndividuel(),
                c.chambresUnisexes(), c.chambresDoubles(), c.amenagementsSpecifiques(), c.amenagementsPrecision(),
                c.vehiculesAdaptes(), c.deplacementProximite(), c.excursion());
    }

    @Test
    void laPrecisionDAccessibiliteNEstGardeeQuePourCommentaires() {
        FicheHebergement c = complete();
        FicheHebergement f = new FicheHebergement(c.nom(), c.nomGestionnaire(), c.adresse(), c.telephone1(), null,
                null, c.type(), false, AUJOURDHUI, false, UUID.randomUUID(), null, c.reponseExploitant(),
                "accessible", "Rampe à l'entrée", c.pension(), Set.of(), c.description(), 4, 0, true, 2, true, true,
                true, true, false, "Inutile", true, c.deplacementProximite(), c.excursion());
        FicheHebergement n = f.normalise();
        assertThat(n.accessibilitePrecision()).isNull();
        assertThat(n.litDessus()).isNull();
        assertThat(n.visiteLocauxLe()).isNull();
        assertThat(n.attestationSecurite()).isNull();
        assertThat(n.amenagementsPrecision()).isNull();
        assertThat(n.reponseExploitant()).isEqualTo(c.reponseExploitant());
    }

    private static Hebergement en(Statut statut) {
        return new Hebergement(1, UUID.randomUUID(), statut, 7, complete(), 3, OffsetDateTime.now());
    }

    @Test
    void transitions() {
        assertThat(Hebergement.creer(FicheHebergement.vide(), false, AUJOURDHUI).statut()).isEqualTo(Statut.BROUILLON);
        assertThatThrownBy(() -> Hebergement.creer(FicheHebergement.vide(), true, AUJOURDHUI))
                .isInstanceOf(HebergementInvalideException.class);
        assertThat(Hebergement.creer(complete(), true, AUJOURDHUI).statut()).isEqualTo(Statut.ACTIF);

        Hebergement.Enregistrement brouillon = en(Statut.BROUILLON).modifier(FicheHebergement.vide(), false,
                AUJOURDHUI);
        assertThat(brouillon.effet()).isEqualTo(Hebergement.Effet.EN_PLACE);
        assertThat(en(Statut.BROUILLON).modifier(complete(), true, AUJOURDHUI).statut()).isEqualTo(Statut.ACTIF);

        Hebergement.Enregistrement actif = en(Statut.ACTIF).modifier(complete(), false, AUJOURDHUI);
        assertThat(actif.effet()).isEqualTo(Hebergement.Effet.NOUVELLE_VERSION);
        assertThat(actif.statut()).isEqualTo(Statut.ACTIF);
        // an actif one is always fully validated, whatever the button
        assertThatThrownBy(() -> en(Statut.ACTIF).modifier(FicheHebergement.vide(), false, AUJOURDHUI))
                .isInstanceOf(HebergementInvalideException.class);

        assertThat(en(Statut.ACTIF).desactiver()).isEqualTo(Statut.DESACTIVE);
        assertThat(en(Statut.DESACTIVE).reactiver()).isEqualTo(Statut.ACTIF);
        assertThatThrownBy(() -> en(Statut.BROUILLON).desactiver()).isInstanceOf(TransitionInterditeException.class)
                .hasMessage("hebergement.transition.desactiver");
        assertThatThrownBy(() -> en(Statut.ACTIF).reactiver()).isInstanceOf(TransitionInterditeException.class)
                .hasMessage("hebergement.transition.reactiver");
        assertThatThrownBy(() -> en(Statut.DESACTIVE).modifier(complete(), true, AUJOURDHUI))
                .isInstanceOf(TransitionInterditeException.class);
    }
}
