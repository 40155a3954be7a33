package fr.vao.hebergement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the organiser fills about an hébergement (spec §2.7, rules 43 to 47), with its rules: {@link #erreurs} checks
 * formats and lengths always and, for an actif one, every required field and conditional rule.
 */
public record FicheHebergement(String nom, String nomGestionnaire, AdresseHebergement adresse, String telephone1,
        String telephone2, String email, String type, Boolean visiteLocaux, LocalDate visiteLocauxLe,
        Boolean reglementationErp, UUID attestationSecurite, UUID arreteMaire, UUID reponseExploitant,
        String accessibilite, String accessibilitePrecision, String pension, Set<String> prestations,
        String description, Integer nombreLits, Integer nombreLitsSuperposes, Boolean litDessus,
        Integer nombreMaxPersonnesCouchage, Boolean couchageIndividuel, Boolean rangementIndividuel,
        Boolean chambresUnisexes, Boolean chambresDoubles, Boolean amenagementsSpecifiques,
        String amenagementsPrecision, Boolean vehiculesAdaptes, String deplacementProximite, String excursion) {

    public static final List<String> TYPES = List.of("hotel", "meuble_tourisme", "residence_tourisme", "camping",
            "autre");
    public static final List<String> ACCESSIBILITES = List.of("accessible", "non_adapte", "commentaires");
    public static final List<String> PENSIONS = List.of("hebergement_seul", "petit_dejeuner", "demi_pension",
            "pension_complete");
    public static final List<String> PRESTATIONS = List.of("blanchisseries", "entretien_locaux");
    static final int NOM_MAX = 80;
    static final int COURT_MAX = 100;
    static final int LONG_MAX = 2000;

    public FicheHebergement {
        prestations = prestations == null ? Set.of() : Set.copyOf(prestations);
    }

    /** A fiche where nothing is filled (a new draft). */
    public static FicheHebergement vide() {
        return new FicheHebergement(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, Set.of(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** Whether the lit-du-dessus question applies (rule 45). */
    public boolean questionLitDessus() {
        return nombreLitsSuperposes != null && nombreLitsSuperposes >= 1;
    }

    /**
     * The violations: formats and lengths always; required fields and conditional rules when {@code complet} (an
     * actif hébergement), so that a draft is saved with whatever is filled.
     *
     * @param aujourdhui today in Europe/Paris (the visit cannot be in the future, rule 44)
     */
    public Erreurs erreurs(LocalDate aujourdhui, boolean complet) {
        Erreurs e = new Erreurs();
        e.texte("nom", nom, NOM_MAX, complet);
        e.texte("nomGestionnaire", nomGestionnaire, COURT_MAX, complet);
        if (complet && adresse == null) {
            e.ajouter("adresse", "hebergement.erreur.adresse");
        }
        e.telephone("telephone1", telephone1, complet);
        e.telephone("telephone2", telephone2, false);
        e.email("email", email);
        e.choix("type", type, TYPES, complet);
        e.ouiNon("visiteLocaux", visiteLocaux, complet);
        if (visiteLocauxLe != null && visiteLocauxLe.isAfter(aujourdhui)) {
            e.ajouter("visiteLocauxLe", "hebergement.erreur.visite-future");
        }
        e.ouiNon("reglementationErp", reglementationErp, complet);
        if (complet && Boolean.TRUE.equals(reglementationErp) && attestationSecurite == null && arreteMaire == null) {
            e.ajouter("attestationSecurite", "hebergement.erreur.erp-oui");
        }
        if (complet && Boolean.FALSE.equals(reglementationErp) && reponseExploitant == null) {
            e.ajouter("reponseExploitant", "hebergement.erreur.erp-non");
        }
        e.choix("accessibilite", accessibilite, ACCESSIBILITES, complet);
        if ("commentaires".equals(accessibilite)) {
            e.description("accessibilitePrecision", accessibilitePrecision, LONG_MAX, complet);
        }
        e.choix("pension", pension, PENSIONS, complet);
        if (!PRESTATIONS.containsAll(prestations)) {
            e.ajouter("prestations", "hebergement.erreur.choix-inconnu");
        }
        e.description("description", description, LONG_MAX, complet);
        e.nombre("nombreLits", nombreLits, 1, 9999, complet);
        e.nombre("nombreLitsSuperposes", nombreLitsSuperposes, 0, 9999, false);
        if (nombreLits != null && nombreLitsSuperposes != null && nombreLitsSuperposes > nombreLits) {
            e.ajouter("nombreLitsSuperposes", "hebergement.erreur.superposes-plus-que-lits");
        }
        if (questionLitDessus()) {
            e.ouiNon("litDessus", litDessus, complet);
        }
        e.nombre("nombreMaxPersonnesCouchage", nombreMaxPersonnesCouchage, 1, 999, complet);
        e.ouiNon("couchageIndividuel", couchageIndividuel, complet);
        e.ouiNon("rangementIndividuel", rangementIndividuel, complet);
        e.ouiNon("chambresUnisexes", chambresUnisexes, complet);
        e.ouiNon("chambresDoubles", chambresDoubles, complet);
        e.ouiNon("amenagementsSpecifiques", amenagementsSpecifiques, complet);
        if (Boolean.TRUE.equals(amenagementsSpecifiques)) {
            e.description("amenagementsPrecision", amenagementsPrecision, LONG_MAX, complet);
        }
        e.ouiNon("vehiculesAdaptes", vehiculesAdaptes, complet);
        e.description("deplacementProximite", deplacementProximite, LONG_MAX, complet);
        e.description("excursion", excursion, LONG_MAX, complet);
        return e;
    }

    /**
     * The fiche as stored: answers the rules make irrelevant are dropped (the accessibility précision unless
     * "commentaires", rule 46; the lit du dessus without bunk beds; the date without a visit; the ERP files of the
     * other answer; the aménagements précision of a "Non").
     */
    public FicheHebergement normalise() {
        boolean erpOui = Boolean.TRUE.equals(reglementationErp);
        boolean erpNon = Boolean.FALSE.equals(reglementationErp);
        return new FicheHebergement(net(nom), net(nomGestionnaire), adresse, net(telephone1), net(telephone2),
                net(email), type, visiteLocaux, Boolean.TRUE.equals(visiteLocaux) ? visiteLocauxLe : null,
                reglementationErp, erpOui ? attestationSecurite : null, erpOui ? arreteMaire : null,
                erpNon ? reponseExploitant : null, accessibilite,
                "commentaires".equals(accessibilite) ? net(accessibilitePrecision) : null, pension, prestations,
                net(description), nombreLits, nombreLitsSuperposes, questionLitDessus() ? litDessus : null,
                nombreMaxPersonnesCouchage, couchageIndividuel, rangementIndividuel, chambresUnisexes,
                chambresDoubles, amenagementsSpecifiques,
                Boolean.TRUE.equals(amenagementsSpecifiques) ? net(amenagementsPrecision) : null, vehiculesAdaptes,
                net(deplacementProximite), net(excursion));
    }

    /** The documents this fiche references. */
    public List<UUID> documents() {
        return java.util.stream.Stream.of(attestationSecurite, arreteMaire, reponseExploitant)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static String net(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }
}
