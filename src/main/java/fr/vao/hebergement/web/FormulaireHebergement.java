package fr.vao.hebergement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

import fr.vao.hebergement.AdresseHebergement;
import fr.vao.hebergement.Erreurs;
import fr.vao.hebergement.FicheHebergement;
import fr.vao.hebergement.ResolutionAdresses;

/** The hébergement form as posted (numbers and dates as typed, so that nothing typed is lost on an error). */
public class FormulaireHebergement {

    public Integer version;
    // Coordonnées
    public String nom;
    public String nomGestionnaire;
    public String adresse;
    public String adresseCle;
    public boolean adresseManuelle;
    public String voie;
    public String codePostal;
    public String commune;
    public String codeInsee;
    public String telephone1;
    public String telephone2;
    public String email;
    // Informations sur les locaux
    public String type;
    public Boolean visiteLocaux;
    public String visiteLocauxLe;
    public Boolean reglementationErp;
    public String attestationSecurite;
    public String arreteMaire;
    public String reponseExploitant;
    public MultipartFile attestationSecuriteFichier;
    public MultipartFile arreteMaireFichier;
    public MultipartFile reponseExploitantFichier;
    public String accessibilite;
    public String accessibilitePrecision;
    public String pension;
    public Set<String> prestations = new HashSet<>();
    public String description;
    public String nombreLits;
    public String nombreLitsSuperposes;
    public Boolean litDessus;
    public String nombreMaxPersonnesCouchage;
    public Boolean couchageIndividuel;
    public Boolean rangementIndividuel;
    public Boolean chambresUnisexes;
    public Boolean chambresDoubles;
    public Boolean amenagementsSpecifiques;
    public String amenagementsPrecision;
    // Transport
    public Boolean vehiculesAdaptes;
    public String deplacementProximite;
    public String excursion;

    static FormulaireHebergement de(FicheHebergement f, int version) {
        FormulaireHebergement x = new FormulaireHebergement();
        x.version = version;
        x.nom = f.nom();
        x.nomGestionnaire = f.nomGestionnaire();
        if (f.adresse() != null) {
            x.adresse = f.adresse().label();
            x.adresseCle = f.adresse().cleBan();
        }
        x.telephone1 = f.telephone1();
        x.telephone2 = f.telephone2();
        x.email = f.email();
        x.type = f.type();
        x.visiteLocaux = f.visiteLocaux();
        x.visiteLocauxLe = f.visiteLocauxLe() == null ? null : f.visiteLocauxLe().toString();
        x.reglementationErp = f.reglementationErp();
        x.attestationSecurite = texte(f.attestationSecurite());
        x.arreteMaire = texte(f.arreteMaire());
        x.reponseExploitant = texte(f.reponseExploitant());
        x.accessibilite = f.accessibilite();
        x.accessibilitePrecision = f.accessibilitePrecision();
        x.pension = f.pension();
        x.prestations = new HashSet<>(f.prestations());
        x.description = f.description();
        x.nombreLits = texte(f.nombreLits());
        x.nombreLitsSuperposes = texte(f.nombreLitsSuperposes());
        x.litDessus = f.litDessus();
        x.nombreMaxPersonnesCouchage = texte(f.nombreMaxPersonnesCouchage());
        x.couchageIndividuel = f.couchageIndividuel();
        x.rangementIndividuel = f.rangementIndividuel();
        x.chambresUnisexes = f.chambresUnisexes();
        x.chambresDoubles = f.chambresDoubles();
        x.amenagementsSpecifiques = f.amenagementsSpecifiques();
        x.amenagementsPrecision = f.amenagementsPrecision();
        x.vehiculesAdaptes = f.vehiculesAdaptes();
        x.deplacementProximite = f.deplacementProximite();
        x.excursion = f.excursion();
        return x;
    }

    ResolutionAdresses.Saisie saisieAdresse() {
        return new ResolutionAdresses.Saisie(adresse, adresseCle, adresseManuelle, voie, codePostal, commune,
                codeInsee);
    }

    /** The fiche, with the address resolved by the server; unreadable numbers and dates go to {@code erreurs}. */
    FicheHebergement versDomaine(AdresseHebergement adresseResolue, Erreurs erreurs) {
        return new FicheHebergement(nom, nomGestionnaire, adresseResolue, telephone1, telephone2, email, type,
                visiteLocaux, date("visiteLocauxLe", visiteLocauxLe, erreurs), reglementationErp,
                uuid(attestationSecurite), uuid(arreteMaire), uuid(reponseExploitant), accessibilite,
                accessibilitePrecision, pension, prestations, description, entier("nombreLits", nombreLits, erreurs),
                entier("nombreLitsSuperposes", nombreLitsSuperposes, erreurs), litDessus,
                entier("nombreMaxPersonnesCouchage", nombreMaxPersonnesCouchage, erreurs), couchageIndividuel,
                rangementIndividuel, chambresUnisexes, chambresDoubles, amenagementsSpecifiques, amenagementsPrecision,
                vehiculesAdaptes, deplacementProximite, excursion);
    }

    private static Integer entier(String champ, String valeur, Erreurs erreurs) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(valeur.strip());
        } catch (NumberFormatException e) {
            erreurs.ajouter(champ, "hebergement.erreur.nombre");
            return null;
        }
    }

    private static LocalDate date(String champ, String valeur, Erreurs erreurs) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(valeur.strip());
        } catch (DateTimeParseException e) {
            erreurs.ajouter(champ, "hebergement.erreur.date");
            return null;
        }
    }

    private static UUID uuid(String valeur) {
        try {
            return valeur == null || valeur.isBlank() ? null : UUID.fromString(valeur.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String texte(Object valeur) {
        return valeur == null ? null : valeur.toString();
    }
}
