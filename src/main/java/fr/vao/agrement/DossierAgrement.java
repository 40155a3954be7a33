package fr.vao.agrement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content of an agrément request as both portals show it (spec §2.6 B and C): the organisme's identity read from
 * its fiche (not part of the request, read-only), then the 4 steps as saved, each stored whole as a JSON document in
 * its column of {@code agrement} ({@code coordonnees}, {@code dossier}, {@code bilan}, {@code projet}; ADR 0026). A
 * step never saved is its empty value, never null. The step records are the stored JSON: fields are only added.
 *
 * @param typeDepot {@code PREMIER} or {@code RENOUVELLEMENT} (the bilan is a renewal's only)
 * @param identite the organisme as its fiche says today, null when it has no fiche
 * @param activites the whole referential of activities, in order, to label the codes of {@link Projet#activites}
 */
public record DossierAgrement(long agrementId, String typeDepot, StatutAgrement statut, Identite identite,
        Coordonnees coordonnees, Candidature candidature, Bilan bilan, Projet projet, List<Activite> activites) {

    public DossierAgrement {
        coordonnees = coordonnees == null ? Coordonnees.VIDE : coordonnees;
        candidature = candidature == null ? Candidature.VIDE : candidature;
        bilan = bilan == null ? Bilan.VIDE : bilan;
        projet = projet == null ? Projet.VIDE : projet;
        activites = activites == null ? List.of() : List.copyOf(activites);
    }

    public boolean renouvellement() {
        return DemandeAgrement.RENOUVELLEMENT.equals(typeDepot);
    }

    /** The label of an activity code, the code itself when unknown. */
    public String libelleActivite(String code) {
        return activites.stream().filter(a -> a.code().equals(code)).map(Activite::libelle).findFirst().orElse(code);
    }

    /** The referential's activities by code. */
    public Map<String, Activite> activitesParCode() {
        return activites.stream().collect(Collectors.toMap(Activite::code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The types of handicap / déficiences (spec §3.1 TYPE_HANDICAP, UI options). */
    public static final List<String> HANDICAPS = List.of("AUDITIF", "VISUEL", "COGNITIF", "MENTAL", "MOTEUR",
            "POLYHANDICAP");
    /** The age groups of the bilan (spec §3.1). */
    public static final List<String> TRANCHES_AGE = List.of("18_39", "40_59", "PLUS_DE_59");

    /**
     * The organisme as its fiche says (step 1, read-only): a personne morale's dénomination, forme juridique, siège
     * and représentants légaux, or a personne physique's names and addresses.
     *
     * @param categorieJuridique the INSEE code (PM), null for a PP
     * @param adresse the siège's address (PM) or the PP's address of the siège
     * @param adresseDomicile the PP's home address, null for a PM
     */
    public record Identite(boolean personneMorale, String siret, String nom, String nomNaissance,
            String categorieJuridique, String adresse, String adresseDomicile, String email, String telephone,
            List<Representant> representants) {

        public Identite {
            representants = representants == null ? List.of() : List.copyOf(representants);
        }
    }

    /** A représentant légal of a personne morale. */
    public record Representant(String nom, String prenom, String fonction) {
    }

    /** Step 1, what the organiser may change: the contact e-mail and phone of the request. */
    public record Coordonnees(String email, String telephone) {
        public static final Coordonnees VIDE = new Coordonnees(null, null);
    }

    /**
     * Step 2, dossier de candidature.
     *
     * @param motivations "Motivations, compétences et expériences" (≥ 20 characters)
     * @param dateCertificat date d'obtention du certificat d'immatriculation
     */
    public record Candidature(String motivations, LocalDate dateCertificat) {
        public static final Candidature VIDE = new Candidature(null, null);
    }

    /**
     * Step 3, bilan des 4 années précédentes (renewal only): per year, then the qualitative and financial parts.
     *
     * @param aucunChangement "aucun changement ni évolution"; otherwise {@code changements} (≥ 20 characters)
     */
    public record Bilan(List<BilanAnnuel> annees, String perception, String perspectives, String elementsMarquants,
            Boolean aucunChangement, String changements, String comptabilite, String comparatif,
            String ressourcesHumaines, String commentaire) {

        public static final Bilan VIDE = new Bilan(List.of(), null, null, null, null, null, null, null, null, null);

        public Bilan {
            annees = annees == null ? List.of() : List.copyOf(annees);
        }
    }

    /** One year of the bilan, with the hébergements used. */
    public record BilanAnnuel(Integer annee, Integer nbVacanciers, Integer nbHommes, Integer nbFemmes,
            Integer nbJours, List<String> handicaps, List<String> tranchesAge, List<HebergementBilan> hebergements) {

        public BilanAnnuel {
            handicaps = handicaps == null ? List.of() : List.copyOf(handicaps);
            tranchesAge = tranchesAge == null ? List.of() : List.copyOf(tranchesAge);
            hebergements = hebergements == null ? List.of() : List.copyOf(hebergements);
        }
    }

    /** An hébergement used in a year of the bilan: its name, address (free text), days (≥ 1) and months (1-12). */
    public record HebergementBilan(String nom, String adresse, Integer nbJours, List<Integer> mois) {
        public HebergementBilan {
            mois = mois == null ? List.of() : List.copyOf(mois);
        }
    }

    /** A stay planned for the next 12 months: hébergement, address (free text), vacanciers, months (≥ 1). */
    public record SejourPrevu(String nomHebergement, String adresse, Integer nbVacanciers, List<Integer> mois) {
        public SejourPrevu {
            mois = mois == null ? List.of() : List.copyOf(mois);
        }
    }

    /**
     * Step 4, projet de séjours envisagés pour les 12 prochains mois.
     *
     * @param nbAccompagnants accompagnants et responsables prévus par lieu de séjour (≥ 0)
     * @param attestationCasier attestation sur l'honneur du contrôle des casiers judiciaires (required, true)
     */
    public record Projet(Integer nbSejours, String commentaire, List<String> deficiences, List<SejourPrevu> sejours,
            List<String> activites, String activitesAutres, Integer nbAccompagnants, String competences,
            String recrutementUrgence, Boolean attestationCasier, String transportAllerRetour,
            String transportSejour, String suiviDistribution, String suiviAccords, String protocoleEvacuation,
            String protocoleRapatriement, String protocoleRapatriementEtranger, String protocoleInformationFamilles,
            String protocoleMateriel, String protocoleRemboursement, String budgetGestion, String budgetComplement) {

        public static final Projet VIDE = new Projet(null, null, List.of(), List.of(), List.of(), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        public Projet {
            deficiences = deficiences == null ? List.of() : List.copyOf(deficiences);
            sejours = sejours == null ? List.of() : List.copyOf(sejours);
            activites = activites == null ? List.of() : List.copyOf(activites);
        }
    }
}
