package fr.vao.organisme;

/**
 * The identity INSEE gives for a SIRET, as the fiche shows and stores it.
 *
 * @param siege INSEE's etablissementSiege
 * @param actif the establishment and its legal unit are active
 */
public record IdentiteInsee(String siret, boolean siege, boolean actif, String raisonSociale, String nomCommercial,
        String categorieJuridique, String adresse, String pays, String nomNaissance, String nomUsage, String prenom,
        Double latitude, Double longitude) {
}
