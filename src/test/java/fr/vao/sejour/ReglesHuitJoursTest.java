package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The 8-day declaration (spec §2.8.5, §2.8.6): the staff lists and their import, the steps of each phase. */
class ReglesHuitJoursTest {

    static final LocalDate AUJOURDHUI = ReglesDeclarationTest.AUJOURDHUI;
    static final Intervenant ENCADRANT = new Intervenant("Durand", "Paul", LocalDate.of(1980, 5, 2), "BAFD",
            Set.of("medicaments"), "0612345678", true);
    static final Intervenant ACCOMPAGNANT = new Intervenant("Petit", "Léa", LocalDate.of(1999, 1, 20), "BAFA",
            Set.of("restauration", "activites"), "0698765432", true);
    static final Equipe EQUIPE = new Equipe(List.of(ENCADRANT), List.of(ACCOMPAGNANT),
            "Réunion de deux heures la veille du départ", List.of());

    private static List<String> champs(Erreurs e) {
        return e.liste().stream().map(Erreurs.Erreur::champ).toList();
    }

    private static DeclarationSejour en(Statut statut, Equipe equipe) {
        return DeclarationsExemple.complete(statut).avecEquipe(equipe);
    }

    @Test
    void chaquePersonneEstCompleteEtAttestee() {
        assertThat(ENCADRANT.erreurs(AUJOURDHUI).aucune()).isTrue();
        assertThat(champs(new Intervenant(null, "", null, " ", Set.of(), "12", false).erreurs(AUJOURDHUI)))
                .containsExactlyInAnyOrder("nom", "prenom", "dateNaissance", "competence", "telephone",
                        "attestation");
        assertThat(champs(new Intervenant("Durand", "Paul", AUJOURDHUI.plusDays(1), "BAFD", Set.of("voler"),
                "0612345678", true).erreurs(AUJOURDHUI))).containsExactly("dateNaissance", "fonctions");
    }

    @Test
    void lEquipeCompteUnEncadrantEtUnAccompagnantAttestesEtUneFormation() {
        assertThat(EQUIPE.erreurs(AUJOURDHUI).aucune()).isTrue();
        assertThat(champs(Equipe.vide().erreurs(AUJOURDHUI)))
                .containsExactly("encadrants", "accompagnants", "formation");
        Equipe nonAtteste = EQUIPE.avec(Equipe.Liste.ACCOMPAGNANTS, l -> List.of(new Intervenant("Petit", "Léa",
                LocalDate.of(1999, 1, 20), "BAFA", Set.of(), "0698765432", false)));
        assertThat(nonAtteste.erreurs(AUJOURDHUI).liste())
                .containsExactly(new Erreurs.Erreur("accompagnants", "sejour.erreur.personnel-incomplet"));
        assertThat(champs(EQUIPE.avecFormation("Oui").erreurs(AUJOURDHUI))).containsExactly("formation");
        Prestataire sansTelephone = new Prestataire("transport", true, "Taxis du Lac", null, "1 quai du Lac", null,
                null, null, null, null);
        assertThat(champs(EQUIPE.avecPrestataires(l -> List.of(sansTelephone)).erreurs(AUJOURDHUI)))
                .containsExactly("prestataires");
    }

    @Test
    void unPrestataireEstUnePersonneMoraleOuPhysique() {
        assertThat(new Prestataire("transport", true, "Taxis du Lac", null, "1 quai du Lac", null, null, null, null,
                "0450000000").erreurs(AUJOURDHUI).aucune()).isTrue();
        assertThat(champs(new Prestataire("transport", true, null, null, null, null, null, null, null,
                "0450000000").erreurs(AUJOURDHUI))).containsExactly("raisonSociale", "adresse");
        assertThat(champs(new Prestataire("inconnue", false, null, null, null, "Roux", "Jean",
                LocalDate.of(1970, 1, 1), "Kiné", "0450000000").erreurs(AUJOURDHUI)))
                .containsExactly("categorie", "competence");
    }

    @Test
    void leCollerDepuisUnTableurLitChaqueLigneEtIgnoreLEntete() {
        String texte = "Nom\tPrénom\tNaissance\tCompétences\tFonctions\tTéléphone\n"
                + "Durand\tPaul\t02/05/1980\tBAFD\tdistribution des médicaments, restauration\t0612345678\n"
                + "\n"
                + "Petit;Léa;20/01/1999;\"BAFA; PSC1\";activites;0698765432\r\n";
        ImportPersonnel.Resultat r = ImportPersonnel.lire(texte, true, AUJOURDHUI);
        assertThat(r.rejets()).isEmpty();
        assertThat(r.accepte()).isTrue();
        assertThat(r.personnes()).extracting(Intervenant::nom).containsExactly("Durand", "Petit");
        assertThat(r.personnes().get(0).fonctions()).containsExactlyInAnyOrder("medicaments", "restauration");
        assertThat(r.personnes().get(1).competence()).isEqualTo("BAFA; PSC1");
        assertThat(r.personnes()).allMatch(Intervenant::attestation);
    }

    @Test
    void uneLigneFausseEstRejeteeAvecSonNumeroEtRienNEstImporte() {
        String texte = "Durand;Paul;02/05/1980;BAFD;restauration;0612345678\n"
                + "Petit;Léa;31/02/1999;BAFA;danse;12\n"
                + "Roux;Jean\n";
        ImportPersonnel.Resultat r = ImportPersonnel.lire(texte, true, AUJOURDHUI);
        assertThat(r.accepte()).isFalse();
        assertThat(r.rejets()).extracting(ImportPersonnel.LigneRejetee::numero).containsExactly(2, 3);
        assertThat(r.rejets().get(0).erreurs()).extracting(Erreurs.Erreur::champ)
                .containsExactlyInAnyOrder("dateNaissance", "fonctions", "telephone");
        assertThat(r.rejets().get(1).erreurs()).extracting(Erreurs.Erreur::cle)
                .containsExactly("sejour.import.colonnes");
        assertThat(ImportPersonnel.lire("Durand;Paul;02/05/1980;BAFD;;0612345678", false, AUJOURDHUI).rejets()
                .get(0).erreurs()).extracting(Erreurs.Erreur::champ).containsExactly("attestation");
    }

    @Test
    void uneListeExporteeSeReimporteALIdentique() {
        String exporte = String.join("\n", List.of(String.join(";", ImportPersonnel.ENTETES),
                String.join(";", ImportPersonnel.ligne(ENCADRANT)), String.join(";", ImportPersonnel.ligne(ACCOMPAGNANT))));
        assertThat(ImportPersonnel.lire(exporte, true, AUJOURDHUI).personnes()).containsExactly(ENCADRANT,
                ACCOMPAGNANT);
    }

    @Test
    void aHuitJoursLesEtapesSontCinqEtLePersonnelNominatifEstExige() {
        DeclarationSejour attente = en(Statut.ATTENTE_8_JOURS, Equipe.vide());
        assertThat(attente.etapes()).containsExactly(EtapeDeclaration.INFORMATIONS, EtapeDeclaration.VACANCIERS,
                EtapeDeclaration.PERSONNEL, EtapeDeclaration.HEBERGEMENTS, EtapeDeclaration.SYNTHESE);
        assertThat(attente.erreursParEtape(AUJOURDHUI)).doesNotContainKeys(EtapeDeclaration.PROJET,
                EtapeDeclaration.TRANSPORT, EtapeDeclaration.SANITAIRE);
        assertThat(champs(attente.erreursParEtape(AUJOURDHUI).get(EtapeDeclaration.PERSONNEL)))
                .containsExactly("encadrants", "accompagnants", "formation");
        Attestation a = new Attestation(true, "Martin", "Claire", "Directrice", AUJOURDHUI);
        ValiditeAgrement agree = new ValiditeAgrement(null, false, null);
        assertThatThrownBy(() -> attente.transmettre(a, AUJOURDHUI, agree))
                .isInstanceOf(DeclarationInvalideException.class);
        assertThat(en(Statut.ATTENTE_8_JOURS, EQUIPE).transmettre(a, AUJOURDHUI, agree))
                .isEqualTo(Statut.TRANSMISE_8J);
        assertThat(en(Statut.A_MODIFIER_8J, EQUIPE).transmettre(a, AUJOURDHUI, agree))
                .isEqualTo(Statut.TRANSMISE_8J);
        assertThat(DeclarationsExemple.complete(Statut.BROUILLON).etapes()).hasSize(8);
    }

    @Test
    void chaquePhaseNeModifieQueSesEtapes() {
        DeclarationSejour brouillon = en(Statut.BROUILLON, Equipe.vide());
        assertThat(EtapeDeclaration.values()).allMatch(brouillon::modifiable);
        DeclarationSejour attente = en(Statut.ATTENTE_8_JOURS, EQUIPE);
        assertThat(attente.modifiable(EtapeDeclaration.PERSONNEL)).isTrue();
        assertThat(attente.modifiable(EtapeDeclaration.HEBERGEMENTS)).isTrue();
        assertThatThrownBy(() -> attente.verifierModifiable(EtapeDeclaration.PROJET))
                .isInstanceOf(DeclarationRefuseeException.class);
        DeclarationSejour validee = en(Statut.VALIDEE_8J, EQUIPE);
        assertThat(List.of(EtapeDeclaration.values()).stream().filter(validee::modifiable))
                .containsExactly(EtapeDeclaration.VACANCIERS, EtapeDeclaration.PERSONNEL);
        assertThatThrownBy(() -> en(Statut.TRANSMISE_8J, EQUIPE).verifierModifiable(EtapeDeclaration.PERSONNEL))
                .isInstanceOf(TransitionInterditeException.class);
        assertThat(List.of(EtapeDeclaration.values()).stream().filter(en(Statut.TERMINEE, EQUIPE)::modifiable))
                .isEmpty();
    }
}
