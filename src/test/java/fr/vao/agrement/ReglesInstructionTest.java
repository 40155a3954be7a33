package fr.vao.agrement;

import static fr.vao.agrement.InstructionAgrements.refus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.vao.agrement.InstructionAgrements.Piece;
import fr.vao.document.Categorie;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** The rules of the DREETS's actions (spec §2.6, ADR 0027), without Spring. */
class ReglesInstructionTest {

    private static UtilisateurConnecte agent(String territoire, String niveau) {
        return new UtilisateurConnecte(Portail.BO, 1, "a@vao.test", "A", "B", Set.of(), territoire, niveau);
    }

    private static DemandeAgrement demande(StatutAgrement statut, String region) {
        return new DemandeAgrement(1, 2, statut, DemandeAgrement.PREMIER, null, region, null, null, null, null, null,
                null, null, 0);
    }

    @Test
    void complementsEtCorrectionsDemandentUnCommentaireDeVingtCaracteres() {
        for (Piece p : new Piece[] {Piece.COMPLEMENTS, Piece.CORRECTIONS}) {
            assertThat(refus(p, null, null)).isEqualTo("instruction-agrement.erreur.commentaire");
            assertThat(refus(p, "  dix-neuf caractères  ", null)).as("19 once stripped")
                    .isEqualTo("instruction-agrement.erreur.commentaire");
            assertThat(refus(p, "vingt caractères ici", null)).isNull();
            assertThat(refus(p, "x".repeat(4001), null)).isEqualTo("instruction-agrement.erreur.commentaire-long");
        }
        assertThat(refus(Piece.REFUS, null, null)).as("the refusal's comment is optional").isNull();
        assertThat(refus(Piece.COMPLETUDE, null, null)).isNull();
    }

    @Test
    void laValidationDemandeUnNumeroDeCinqATrenteCaracteres() {
        assertThat(refus(Piece.VALIDATION, null, null)).isEqualTo("instruction-agrement.erreur.numero");
        assertThat(refus(Piece.VALIDATION, null, " AGR1 ")).isEqualTo("instruction-agrement.erreur.numero");
        assertThat(refus(Piece.VALIDATION, null, "AGR-1")).isNull();
        assertThat(refus(Piece.VALIDATION, null, "A".repeat(30))).isNull();
        assertThat(refus(Piece.VALIDATION, null, "A".repeat(31))).isEqualTo("instruction-agrement.erreur.numero");
    }

    @Test
    void chaqueActionASonDocument() {
        assertThat(Piece.de(ActionAgrement.CONFIRMER_COMPLETUDE).categorie()).isEqualTo(Categorie.AGR_COMPLETUDE);
        assertThat(Piece.COMPLETUDE.obligatoire()).isTrue();
        assertThat(Piece.REFUS.categorie()).isEqualTo(Categorie.AGR_REFUS);
        assertThat(Piece.REFUS.obligatoire()).isTrue();
        assertThat(Piece.VALIDATION.categorie()).isEqualTo(Categorie.AGR_ARRETE_AGREMENT);
        assertThat(Piece.VALIDATION.obligatoire()).isTrue();
        assertThat(Piece.COMPLEMENTS.categorie()).isEqualTo(Categorie.AGR_AMODIFIER);
        assertThat(Piece.COMPLEMENTS.obligatoire()).isFalse();
        assertThat(Piece.CORRECTIONS.categorie()).isEqualTo(Categorie.AGR_ACORRIGER);
        assertThat(Piece.CORRECTIONS.obligatoire()).isFalse();
        assertThat(Piece.de(ActionAgrement.PRENDRE_EN_CHARGE)).isNull();
    }

    @Test
    void seulLAgentRegionalDeLaRegionInstruitLeNationalVoitLeDepartementalNon() {
        DemandeAgrement idf = demande(StatutAgrement.TRANSMIS, "IDF");
        assertThat(InstructionAgrements.instruit(agent("IDF", "REG"), idf)).isTrue();
        assertThat(InstructionAgrements.instruit(agent("AURA", "REG"), idf)).isFalse();
        assertThat(InstructionAgrements.instruit(agent("FRA", "NAT"), idf)).isFalse();
        assertThat(InstructionAgrements.instruit(agent("75", "DEP"), idf)).isFalse();
        assertThat(InstructionAgrements.voit(agent("FRA", "NAT"), idf)).isTrue();
        assertThat(InstructionAgrements.voit(agent("AURA", "REG"), idf)).isFalse();
        assertThat(InstructionAgrements.voit(agent("75", "DEP"), idf)).isFalse();
        assertThat(InstructionAgrements.voit(agent("IDF", "REG"), demande(StatutAgrement.BROUILLON, "IDF")))
                .as("a draft is the organiser's").isFalse();
        UtilisateurConnecte organisateur = new UtilisateurConnecte(Portail.FO, 1, "o@vao.test", "O", "P", Set.of(),
                "IDF", null);
        assertThat(InstructionAgrements.consulte(organisateur)).isFalse();
        assertThat(InstructionAgrements.instruit(organisateur, idf)).isFalse();
    }
}
