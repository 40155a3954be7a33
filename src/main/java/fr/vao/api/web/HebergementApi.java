package fr.vao.api.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import fr.vao.hebergement.AdresseHebergement;
import fr.vao.hebergement.Erreurs;
import fr.vao.hebergement.FicheHebergement;
import fr.vao.hebergement.Hebergement;

/**
 * An hébergement as the API reads and writes it: the nested shape and English names of the reference's external API
 * ({@code name}, {@code coordinates}, {@code accommodationInfo}, {@code transportInfo}), mapped one to one to the
 * portal's {@link FicheHebergement} ({@link #CHAMPS}), so that every rule of the portal applies unchanged.
 */
final class HebergementApi {

    /** The portal's field → its path in the API's JSON, for the field errors (docs/api-ressources.md). */
    static final Map<String, String> CHAMPS = new LinkedHashMap<>();

    static {
        CHAMPS.put("nom", "name");
        CHAMPS.put("nomGestionnaire", "coordinates.managerName");
        CHAMPS.put("adresse", "coordinates.address");
        CHAMPS.put("telephone1", "coordinates.phoneNumber1");
        CHAMPS.put("telephone2", "coordinates.phoneNumber2");
        CHAMPS.put("email", "coordinates.email");
        CHAMPS.put("type", "accommodationInfo.type");
        CHAMPS.put("visiteLocaux", "accommodationInfo.localInspection");
        CHAMPS.put("visiteLocauxLe", "accommodationInfo.localInspectionDate");
        CHAMPS.put("reglementationErp", "accommodationInfo.erpRegulations");
        CHAMPS.put("attestationSecurite", "accommodationInfo.lastSafetyCertificateFile");
        CHAMPS.put("arreteMaire", "accommodationInfo.lastMayorAuthorizationFile");
        CHAMPS.put("reponseExploitant", "accommodationInfo.responseFromOwnerOrOperatorFile");
        CHAMPS.put("accessibilite", "accommodationInfo.accessibility");
        CHAMPS.put("accessibilitePrecision", "accommodationInfo.accessibilityDetails");
        CHAMPS.put("pension", "accommodationInfo.accommodationType");
        CHAMPS.put("prestations", "accommodationInfo.hotelServices");
        CHAMPS.put("description", "accommodationInfo.accommodationDescription");
        CHAMPS.put("nombreLits", "accommodationInfo.numberOfBeds");
        CHAMPS.put("nombreLitsSuperposes", "accommodationInfo.numberOfBunkBeds");
        CHAMPS.put("litDessus", "accommodationInfo.bunkBeds");
        CHAMPS.put("nombreMaxPersonnesCouchage", "accommodationInfo.maxSleepingCapacity");
        CHAMPS.put("couchageIndividuel", "accommodationInfo.individualBeds");
        CHAMPS.put("rangementIndividuel", "accommodationInfo.individualStorage");
        CHAMPS.put("chambresUnisexes", "accommodationInfo.singleSexRooms");
        CHAMPS.put("chambresDoubles", "accommodationInfo.doubleRooms");
        CHAMPS.put("amenagementsSpecifiques", "accommodationInfo.specificAdaptations");
        CHAMPS.put("amenagementsPrecision", "accommodationInfo.specificAdaptationsDetails");
        CHAMPS.put("vehiculesAdaptes", "transportInfo.adaptedVehicles");
        CHAMPS.put("deplacementProximite", "transportInfo.nearbyTravel");
        CHAMPS.put("excursion", "transportInfo.excursion");
    }

    private HebergementApi() {
    }

    /** The API's path of a portal field (unchanged when it has none). */
    static String champ(String champPortail) {
        return CHAMPS.getOrDefault(champPortail, champPortail);
    }

    @Schema(name = "HebergementCoordonnees", description = "Coordonnées de l’hébergement")
    record Coordonnees(
            @Schema(description = "Adresse en texte, géocodée par l’API Adresse (BAN)",
                    example = "12 Rue de la Paix 75002 Paris") String address,
            @Schema(description = "Nom du gestionnaire") String managerName,
            @Schema(example = "0102030405") String phoneNumber1, String phoneNumber2, String email) {
    }

    @Schema(name = "HebergementLocaux", description = "Informations sur les locaux")
    record Locaux(
            @Schema(allowableValues = {"hotel", "meuble_tourisme", "residence_tourisme", "camping", "autre"})
            String type,
            @Schema(description = "Visite des locaux par l’organisateur") Boolean localInspection,
            @Schema(description = "Date de la dernière visite (AAAA-MM-JJ, au plus aujourd’hui)",
                    example = "2024-06-01") String localInspectionDate,
            @Schema(description = "Soumis à la réglementation ERP") Boolean erpRegulations,
            @Schema(description = "uuid d’un fichier déposé par POST /api/v1/fichiers") String lastSafetyCertificateFile,
            @Schema(description = "uuid d’un fichier déposé par POST /api/v1/fichiers") String lastMayorAuthorizationFile,
            @Schema(description = "uuid d’un fichier déposé par POST /api/v1/fichiers")
            String responseFromOwnerOrOperatorFile,
            @Schema(allowableValues = {"accessible", "non_adapte", "commentaires"}) String accessibility,
            String accessibilityDetails,
            @Schema(description = "Type de pension",
                    allowableValues = {"hebergement_seul", "petit_dejeuner", "demi_pension", "pension_complete"})
            String accommodationType,
            @Schema(description = "Prestations hôtelières : blanchisseries, entretien_locaux") Set<String> hotelServices,
            String accommodationDescription, Integer numberOfBeds, Integer numberOfBunkBeds,
            @Schema(description = "Les lits du dessus seront-ils occupés par des vacanciers ?") Boolean bunkBeds,
            Integer maxSleepingCapacity, Boolean individualBeds, Boolean individualStorage, Boolean singleSexRooms,
            Boolean doubleRooms, Boolean specificAdaptations, String specificAdaptationsDetails) {
    }

    @Schema(name = "HebergementTransport", description = "Transport")
    record Transport(Boolean adaptedVehicles, String nearbyTravel, String excursion) {
    }

    /** What a client sends to create or update an hébergement. */
    @Schema(name = "HebergementSaisie", description = "Un hébergement à créer ou modifier")
    record Saisie(@Schema(description = "Nom de l’hébergement (80 caractères au plus)") String name,
            Coordonnees coordinates, Locaux accommodationInfo, Transport transportInfo,
            @Schema(description = "Modification : la version lue (verrou optimiste)") Integer version) {

        Saisie {
            coordinates = coordinates == null ? new Coordonnees(null, null, null, null, null) : coordinates;
            accommodationInfo = accommodationInfo == null
                    ? new Locaux(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null)
                    : accommodationInfo;
            transportInfo = transportInfo == null ? new Transport(null, null, null) : transportInfo;
        }

        /** The portal's fiche, with the address resolved by the server; unreadable values go to {@code erreurs}. */
        FicheHebergement versFiche(AdresseHebergement adresse, Erreurs erreurs) {
            Coordonnees c = coordinates;
            Locaux l = accommodationInfo;
            Transport t = transportInfo;
            return new FicheHebergement(name, c.managerName(), adresse, c.phoneNumber1(), c.phoneNumber2(),
                    c.email(), l.type(), l.localInspection(), date(l.localInspectionDate(), erreurs),
                    l.erpRegulations(), document("attestationSecurite", l.lastSafetyCertificateFile(), erreurs),
                    document("arreteMaire", l.lastMayorAuthorizationFile(), erreurs),
                    document("reponseExploitant", l.responseFromOwnerOrOperatorFile(), erreurs), l.accessibility(),
                    l.accessibilityDetails(), l.accommodationType(), l.hotelServices(), l.accommodationDescription(),
                    l.numberOfBeds(), l.numberOfBunkBeds(), l.bunkBeds(), l.maxSleepingCapacity(), l.individualBeds(),
                    l.individualStorage(), l.singleSexRooms(), l.doubleRooms(), l.specificAdaptations(),
                    l.specificAdaptationsDetails(), t.adaptedVehicles(), t.nearbyTravel(), t.excursion());
        }

        /** A date, or the date of a date-time as the reference sends it ({@code 2024-01-01T00:00:00Z}). */
        private static LocalDate date(String valeur, Erreurs erreurs) {
            if (valeur == null || valeur.isBlank()) {
                return null;
            }
            String v = valeur.strip();
            try {
                return v.length() > 10 ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                erreurs.ajouter("visiteLocauxLe", "hebergement.erreur.date");
                return null;
            }
        }

        private static UUID document(String champ, String valeur, Erreurs erreurs) {
            if (valeur == null || valeur.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(valeur.strip());
            } catch (IllegalArgumentException e) {
                erreurs.ajouter(champ, "hebergement.erreur.document");
                return null;
            }
        }
    }

    @Schema(name = "HebergementAdresse", description = "Adresse telle que résolue par le serveur")
    record Adresse(String label, String inseeCode, String postalCode, String department, Double latitude,
            Double longitude, @Schema(description = "Identifiant BAN") String banId) {
    }

    @Schema(name = "HebergementCoordonneesLues", description = "Coordonnées telles qu’enregistrées")
    record CoordonneesLues(Adresse address, String managerName, String phoneNumber1, String phoneNumber2,
            String email) {
    }

    /** An hébergement as read. */
    @Schema(name = "Hebergement", description = "Un hébergement, dans sa version courante")
    record Lu(UUID id, @Schema(allowableValues = {"brouillon", "actif", "desactive"}) String status,
            @Schema(description = "Verrou optimiste : à renvoyer dans la modification") int version,
            @Schema(description = "Faux pour l’hébergement d’un autre établissement (lecture seule)") boolean editable,
            OffsetDateTime editedAt, String name, CoordonneesLues coordinates, Locaux accommodationInfo,
            Transport transportInfo) {

        static Lu de(Hebergement h, boolean modifiable) {
            FicheHebergement f = h.fiche();
            AdresseHebergement a = f.adresse();
            return new Lu(h.hebergementId(), h.statut().code(), h.version(), modifiable, h.modifieLe(), f.nom(),
                    new CoordonneesLues(a == null ? null : new Adresse(a.label(), a.codeInsee(), a.codePostal(),
                            a.departement(), a.latitude(), a.longitude(), a.cleBan()), f.nomGestionnaire(),
                            f.telephone1(), f.telephone2(), f.email()),
                    new Locaux(f.type(), f.visiteLocaux(),
                            f.visiteLocauxLe() == null ? null : f.visiteLocauxLe().toString(), f.reglementationErp(),
                            texte(f.attestationSecurite()), texte(f.arreteMaire()), texte(f.reponseExploitant()),
                            f.accessibilite(), f.accessibilitePrecision(), f.pension(), f.prestations(),
                            f.description(), f.nombreLits(), f.nombreLitsSuperposes(), f.litDessus(),
                            f.nombreMaxPersonnesCouchage(), f.couchageIndividuel(), f.rangementIndividuel(),
                            f.chambresUnisexes(), f.chambresDoubles(), f.amenagementsSpecifiques(),
                            f.amenagementsPrecision()),
                    new Transport(f.vehiculesAdaptes(), f.deplacementProximite(), f.excursion()));
        }

        private static String texte(UUID id) {
            return id == null ? null : id.toString();
        }
    }
}
