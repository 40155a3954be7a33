package fr.vao.entreprise;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An establishment of the Sirene register with its legal unit, as INSEE gives it (spec §7.1, fiche organisateur §2.5).
 *
 * @param siege whether it is the siège social of its legal unit ({@code etablissementSiege})
 * @param actif whether the establishment is open ({@code etatAdministratifEtablissement} "A", else "F")
 * @param uniteLegaleActive whether its legal unit is active ({@code etatAdministratifUniteLegale} "A", else "C")
 * @param denomination the legal name; for a personne physique without one, "prénom nom"
 * @param nomCommercial {@code denominationUsuelle1UniteLegale}, may be null
 * @param categorieJuridique the code of the legal form, e.g. "9220" (association déclarée), "1000" (personne physique)
 * @param activitePrincipale the NAF code of the legal unit, e.g. "85.59A"
 * @param nomNaissance for a personne physique, {@code nomUniteLegale}
 * @param nomUsage for a personne physique, {@code nomUsageUniteLegale}, may be null
 * @param prenom for a personne physique, {@code prenom1UniteLegale}
 * @param latitude WGS84, from INSEE's Lambert-93 coordinates; null when INSEE has none ("[ND]") or outside metropolitan
 *        France (overseas, INSEE uses local projections)
 * @param longitude WGS84, null with the latitude
 */
public record Etablissement(String siret, String siren, String nic, boolean siege, boolean actif,
        boolean uniteLegaleActive, String denomination, String nomCommercial, String categorieJuridique,
        String activitePrincipale, String nomNaissance, String nomUsage, String prenom, Adresse adresse,
        Double latitude, Double longitude) {

    /** Legal form of an entrepreneur individuel. */
    public static final String CATEGORIE_PERSONNE_PHYSIQUE = "1000";

    public Etablissement {
        adresse = adresse == null ? Adresse.VIDE : adresse;
    }

    /** Whether the legal unit is a personne physique (entrepreneur individuel). */
    public boolean estPersonnePhysique() {
        return CATEGORIE_PERSONNE_PHYSIQUE.equals(categorieJuridique);
    }

    /**
     * The postal address of the establishment, INSEE's fields as they are (upper case, abbreviated street types).
     *
     * @param commune {@code libelleCommuneEtablissement}, e.g. "PARIS 2"
     * @param codeCommune the INSEE code of the commune (or of the arrondissement), e.g. "75102"
     */
    public record Adresse(String numeroVoie, String typeVoie, String libelleVoie, String complement, String codePostal,
            String commune, String codeCommune) {

        static final Adresse VIDE = new Adresse(null, null, null, null, null, null, null);

        /** The address on one line, e.g. "12 RUE DE LA PAIX 75002 PARIS 2"; the complement, if any, after the street. */
        public String ligne() {
            return Stream.of(numeroVoie, typeVoie, libelleVoie, complement, codePostal, commune)
                    .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" "));
        }
    }
}
