package fr.vao.organisme;

import java.io.Serializable;

/**
 * The identity INSEE gives for a SIRET, as the fiche shows and stores it (serialisable: a flash attribute lives in
 * the session store between a search and its confirmation).
 *
 * @param siege INSEE's etablissementSiege
 * @param actif the establishment and its legal unit are active
 * @param codeCommune INSEE code of the commune of the address (gives the département)
 */
public record IdentiteInsee(String siret, boolean siege, boolean actif, String raisonSociale, String nomCommercial,
        String categorieJuridique, String adresse, String codeCommune, String pays, String nomNaissance, String nomUsage, String prenom,
        Double latitude, Double longitude) implements Serializable {
}
