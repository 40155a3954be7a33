package fr.vao.entreprise;

import java.util.List;

/** The bodies of the Sirene API 3.11 that the adapter reads (other fields are ignored), and their mapping. */
final class ReponsesInsee {

    private static final String ACTIF = "A";

    private ReponsesInsee() {
    }

    /** {@code GET /siret/{siret}}. */
    record ReponseEtablissement(EtablissementInsee etablissement) {
    }

    /** {@code GET /siret?q=}: one page of a multi-criteria search. */
    record ReponseEtablissements(Entete header, List<EtablissementInsee> etablissements) {
    }

    /** {@code GET /siret/liensSuccession?q=}. */
    record ReponseSuccession(Entete header, List<LienSuccession> liensSuccession) {
    }

    record Entete(Integer statut, String message, Integer total, Integer debut, Integer nombre) {
    }

    record LienSuccession(String siretEtablissementPredecesseur, String siretEtablissementSuccesseur,
            String dateLienSuccession, Boolean transfertSiege) {
    }

    record EtablissementInsee(String siret, String siren, String nic, Boolean etablissementSiege,
            UniteLegaleInsee uniteLegale, AdresseInsee adresseEtablissement,
            List<PeriodeInsee> periodesEtablissement) {
    }

    record UniteLegaleInsee(String etatAdministratifUniteLegale, String denominationUniteLegale,
            String denominationUsuelle1UniteLegale, String categorieJuridiqueUniteLegale,
            String activitePrincipaleUniteLegale, String nomUniteLegale, String nomUsageUniteLegale,
            String prenom1UniteLegale) {

        static final UniteLegaleInsee VIDE = new UniteLegaleInsee(null, null, null, null, null, null, null, null);
    }

    record AdresseInsee(String numeroVoieEtablissement, String typeVoieEtablissement,
            String libelleVoieEtablissement, String complementAdresseEtablissement, String codePostalEtablissement,
            String libelleCommuneEtablissement, String codeCommuneEtablissement,
            String coordonneeLambertAbscisseEtablissement, String coordonneeLambertOrdonneeEtablissement) {

        static final AdresseInsee VIDE = new AdresseInsee(null, null, null, null, null, null, null, null, null);
    }

    /** The current period first (INSEE sorts the periods from the latest). */
    record PeriodeInsee(String dateFin, String etatAdministratifEtablissement) {
    }

    /** The establishment; {@code siretDemande} fills a missing siret. */
    static Etablissement versEtablissement(EtablissementInsee e, String siretDemande) {
        UniteLegaleInsee u = e.uniteLegale() == null ? UniteLegaleInsee.VIDE : e.uniteLegale();
        AdresseInsee a = e.adresseEtablissement() == null ? AdresseInsee.VIDE : e.adresseEtablissement();
        String siret = e.siret() == null ? siretDemande : e.siret();
        boolean actif = e.periodesEtablissement() != null && !e.periodesEtablissement().isEmpty()
                && e.periodesEtablissement().get(0) != null
                && ACTIF.equals(e.periodesEtablissement().get(0).etatAdministratifEtablissement());
        Lambert93.Wgs84 point = horsMetropole(a.codeCommuneEtablissement()) ? null
                : Lambert93.versWgs84(a.coordonneeLambertAbscisseEtablissement(),
                        a.coordonneeLambertOrdonneeEtablissement());
        return new Etablissement(siret,
                e.siren() != null ? e.siren() : siret == null || siret.length() < 9 ? null : siret.substring(0, 9),
                e.nic(), Boolean.TRUE.equals(e.etablissementSiege()), actif,
                ACTIF.equals(u.etatAdministratifUniteLegale()), denomination(u), u.denominationUsuelle1UniteLegale(),
                u.categorieJuridiqueUniteLegale(), u.activitePrincipaleUniteLegale(), u.nomUniteLegale(),
                u.nomUsageUniteLegale(), u.prenom1UniteLegale(),
                new Etablissement.Adresse(a.numeroVoieEtablissement(), a.typeVoieEtablissement(),
                        a.libelleVoieEtablissement(), a.complementAdresseEtablissement(), a.codePostalEtablissement(),
                        a.libelleCommuneEtablissement(), a.codeCommuneEtablissement()),
                point == null ? null : point.latitude(), point == null ? null : point.longitude());
    }

    /** The legal name; a personne physique has none, and is named "prénom nom". */
    private static String denomination(UniteLegaleInsee u) {
        if (u.denominationUniteLegale() != null && !u.denominationUniteLegale().isBlank()) {
            return u.denominationUniteLegale();
        }
        String nom = ((u.prenom1UniteLegale() == null ? "" : u.prenom1UniteLegale()) + " "
                + (u.nomUniteLegale() == null ? "" : u.nomUniteLegale())).strip();
        return nom.isEmpty() ? null : nom;
    }

    /** Overseas, INSEE's coordinates are in the local UTM projection, not in Lambert-93. */
    private static boolean horsMetropole(String codeCommune) {
        return codeCommune != null && (codeCommune.startsWith("97") || codeCommune.startsWith("98"));
    }
}
