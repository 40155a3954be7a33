package fr.vao.eig.web;

import java.util.ArrayList;
import java.util.List;

/** The forms of the EIG steps as posted (public fields: the binder uses direct field access). */
final class FormulairesEig {

    private FormulairesEig() {
    }

    /** Step 1. */
    public static class Selection {
        public Integer version;
        public Long declarationId;
        public String departement;
        public String dateIncident;
    }

    /** Step 2. */
    public static class Types {
        public int version;
        public List<String> types = new ArrayList<>();
        public String precisionVictimes;
        public String precisionSante;
        public String precisionSecurite;
        public String precisionFonctionnement;
    }

    /** Step 3: the people kept, those picked from the 8-day list, one typed, and the four texts. */
    public static class Renseignements {
        public int version;
        /** Only carries the errors on the staff. */
        public String personnel;
        public List<Integer> gardes = new ArrayList<>();
        public List<Integer> membres = new ArrayList<>();
        public String nom;
        public String prenom;
        public String dateNaissance;
        public String competence;
        public String fonctions;
        public String telephone;
        public String deroulement;
        public String dispositionRemediation;
        public String dispositionVictimes;
        public String dispositionInformations;
    }

    /** Step 4. */
    public static class Recapitulatif {
        public int version;
        public String emailsAutres;
        public String fichier;
        public boolean atteste;
    }
}
