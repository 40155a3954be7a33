package fr.vao.agrement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import fr.vao.agrement.DossierAgrement;
import fr.vao.organisme.ModificationDocuments;

/**
 * The forms of the steps of an agrément request, as posted (public fields, bound directly), and their conversion to
 * and from the stored records. Blank texts become null, rows left empty are dropped.
 */
final class FormulairesDemande {

    private FormulairesDemande() {
    }

    static String texte(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> List<T> liste(List<T> l) {
        return l == null ? List.of() : l.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** What every step posts besides its answers: the documents uploaded and removed. */
    public abstract static class Etape {
        /** Files uploaded for the step and not attached yet (kept when a save is refused). */
        public List<UUID> documents = new ArrayList<>();
        /** The step's documents the user removes. */
        public List<UUID> retraits = new ArrayList<>();
        /** Only to carry the errors of the file fields ({@code pieces[CATEGORY]}). */
        public Map<String, String> pieces = new HashMap<>();

        ModificationDocuments modification() {
            return new ModificationDocuments(documents, retraits);
        }

        abstract Object versDomaine();
    }

    public static class Coordonnees extends Etape {
        public String email;
        public String telephone;

        static Coordonnees de(DossierAgrement.Coordonnees c) {
            Coordonnees f = new Coordonnees();
            f.email = c.email();
            f.telephone = c.telephone();
            return f;
        }

        @Override
        DossierAgrement.Coordonnees versDomaine() {
            return new DossierAgrement.Coordonnees(texte(email), texte(telephone));
        }
    }

    public static class Dossier extends Etape {
        public String motivations;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate dateCertificat;

        static Dossier de(DossierAgrement.Candidature c) {
            Dossier f = new Dossier();
            f.motivations = c.motivations();
            f.dateCertificat = c.dateCertificat();
            return f;
        }

        @Override
        DossierAgrement.Candidature versDomaine() {
            return new DossierAgrement.Candidature(texte(motivations), dateCertificat);
        }
    }

    public static class Hebergement {
        public String nom;
        public String adresse;
        public Integer nbJours;
        public List<Integer> mois = new ArrayList<>();

        boolean vide() {
            return texte(nom) == null && texte(adresse) == null && nbJours == null && liste(mois).isEmpty();
        }
    }

    public static class Annee {
        public Integer annee;
        public Integer nbVacanciers;
        public Integer nbHommes;
        public Integer nbFemmes;
        public Integer nbJours;
        public List<String> handicaps = new ArrayList<>();
        public List<String> tranchesAge = new ArrayList<>();
        public List<Hebergement> hebergements = new ArrayList<>();

        boolean vide() {
            return nbVacanciers == null && nbHommes == null && nbFemmes == null && nbJours == null
                    && liste(handicaps).isEmpty() && liste(tranchesAge).isEmpty()
                    && liste(hebergements).stream().allMatch(Hebergement::vide);
        }
    }

    public static class Bilan extends Etape {
        public List<Annee> annees = new ArrayList<>();
        public String perception;
        public String perspectives;
        public String elementsMarquants;
        public Boolean aucunChangement;
        public String changements;
        public String comptabilite;
        public String comparatif;
        public String ressourcesHumaines;
        public String commentaire;

        /**
         * The form of a bilan: its years, completed to 4 (the previous 4 years not yet given), each with an empty
         * row of hébergement to add one.
         */
        static Bilan de(DossierAgrement.Bilan b, int anneeCourante) {
            Bilan f = new Bilan();
            for (DossierAgrement.BilanAnnuel a : b.annees()) {
                Annee x = new Annee();
                x.annee = a.annee();
                x.nbVacanciers = a.nbVacanciers();
                x.nbHommes = a.nbHommes();
                x.nbFemmes = a.nbFemmes();
                x.nbJours = a.nbJours();
                x.handicaps = new ArrayList<>(a.handicaps());
                x.tranchesAge = new ArrayList<>(a.tranchesAge());
                for (DossierAgrement.HebergementBilan h : a.hebergements()) {
                    Hebergement y = new Hebergement();
                    y.nom = h.nom();
                    y.adresse = h.adresse();
                    y.nbJours = h.nbJours();
                    y.mois = new ArrayList<>(h.mois());
                    x.hebergements.add(y);
                }
                f.annees.add(x);
            }
            for (int annee = anneeCourante - 1; f.annees.size() < 4 && annee >= anneeCourante - 5; annee--) {
                int a = annee;
                if (f.annees.stream().noneMatch(x -> x.annee != null && x.annee == a)) {
                    Annee x = new Annee();
                    x.annee = a;
                    f.annees.add(x);
                }
            }
            f.annees.sort(java.util.Comparator.comparing(x -> x.annee == null ? 0 : -x.annee));
            f.perception = b.perception();
            f.perspectives = b.perspectives();
            f.elementsMarquants = b.elementsMarquants();
            f.aucunChangement = b.aucunChangement();
            f.changements = b.changements();
            f.comptabilite = b.comptabilite();
            f.comparatif = b.comparatif();
            f.ressourcesHumaines = b.ressourcesHumaines();
            f.commentaire = b.commentaire();
            f.lignesVides();
            return f;
        }

        /** One empty hébergement row per year, to add one without script. */
        Bilan lignesVides() {
            for (Annee a : annees) {
                if (a.hebergements.stream().noneMatch(Hebergement::vide)) {
                    a.hebergements.add(new Hebergement());
                }
            }
            return this;
        }

        @Override
        DossierAgrement.Bilan versDomaine() {
            List<DossierAgrement.BilanAnnuel> l = liste(annees).stream().filter(a -> a.annee != null || !a.vide())
                    .map(a -> new DossierAgrement.BilanAnnuel(a.annee, a.nbVacanciers, a.nbHommes, a.nbFemmes,
                            a.nbJours, liste(a.handicaps), liste(a.tranchesAge), liste(a.hebergements).stream()
                                    .filter(h -> !h.vide())
                                    .map(h -> new DossierAgrement.HebergementBilan(texte(h.nom), texte(h.adresse),
                                            h.nbJours, liste(h.mois).stream().sorted().distinct().toList()))
                                    .toList()))
                    .toList();
            return new DossierAgrement.Bilan(l, texte(perception), texte(perspectives), texte(elementsMarquants),
                    aucunChangement, Boolean.TRUE.equals(aucunChangement) ? null : texte(changements),
                    texte(comptabilite), texte(comparatif), texte(ressourcesHumaines), texte(commentaire));
        }
    }

    public static class Sejour {
        public String nomHebergement;
        public String adresse;
        public Integer nbVacanciers;
        public List<Integer> mois = new ArrayList<>();

        boolean vide() {
            return texte(nomHebergement) == null && texte(adresse) == null && nbVacanciers == null
                    && liste(mois).isEmpty();
        }
    }

    public static class Projet extends Etape {
        public Integer nbSejours;
        public String commentaire;
        public List<String> deficiences = new ArrayList<>();
        public List<Sejour> sejours = new ArrayList<>();
        public List<String> activites = new ArrayList<>();
        public String activitesAutres;
        public Integer nbAccompagnants;
        public String competences;
        public String recrutementUrgence;
        public Boolean attestationCasier;
        public String transportAllerRetour;
        public String transportSejour;
        public String suiviDistribution;
        public String suiviAccords;
        public String protocoleEvacuation;
        public String protocoleRapatriement;
        public String protocoleRapatriementEtranger;
        public String protocoleInformationFamilles;
        public String protocoleMateriel;
        public String protocoleRemboursement;
        public String budgetGestion;
        public String budgetComplement;

        static Projet de(DossierAgrement.Projet p) {
            Projet f = new Projet();
            f.nbSejours = p.nbSejours();
            f.commentaire = p.commentaire();
            f.deficiences = new ArrayList<>(p.deficiences());
            for (DossierAgrement.SejourPrevu s : p.sejours()) {
                Sejour x = new Sejour();
                x.nomHebergement = s.nomHebergement();
                x.adresse = s.adresse();
                x.nbVacanciers = s.nbVacanciers();
                x.mois = new ArrayList<>(s.mois());
                f.sejours.add(x);
            }
            f.activites = new ArrayList<>(p.activites());
            f.activitesAutres = p.activitesAutres();
            f.nbAccompagnants = p.nbAccompagnants();
            f.competences = p.competences();
            f.recrutementUrgence = p.recrutementUrgence();
            f.attestationCasier = p.attestationCasier();
            f.transportAllerRetour = p.transportAllerRetour();
            f.transportSejour = p.transportSejour();
            f.suiviDistribution = p.suiviDistribution();
            f.suiviAccords = p.suiviAccords();
            f.protocoleEvacuation = p.protocoleEvacuation();
            f.protocoleRapatriement = p.protocoleRapatriement();
            f.protocoleRapatriementEtranger = p.protocoleRapatriementEtranger();
            f.protocoleInformationFamilles = p.protocoleInformationFamilles();
            f.protocoleMateriel = p.protocoleMateriel();
            f.protocoleRemboursement = p.protocoleRemboursement();
            f.budgetGestion = p.budgetGestion();
            f.budgetComplement = p.budgetComplement();
            return f.lignesVides();
        }

        /** One empty row of planned stay, to add one without script. */
        Projet lignesVides() {
            if (sejours.stream().noneMatch(Sejour::vide)) {
                sejours.add(new Sejour());
            }
            return this;
        }

        @Override
        DossierAgrement.Projet versDomaine() {
            return new DossierAgrement.Projet(nbSejours, texte(commentaire), liste(deficiences),
                    liste(sejours).stream().filter(s -> !s.vide())
                            .map(s -> new DossierAgrement.SejourPrevu(texte(s.nomHebergement), texte(s.adresse),
                                    s.nbVacanciers, liste(s.mois).stream().sorted().distinct().toList()))
                            .toList(),
                    liste(activites), texte(activitesAutres), nbAccompagnants, texte(competences),
                    texte(recrutementUrgence), attestationCasier, texte(transportAllerRetour),
                    texte(transportSejour), texte(suiviDistribution), texte(suiviAccords),
                    texte(protocoleEvacuation), texte(protocoleRapatriement), texte(protocoleRapatriementEtranger),
                    texte(protocoleInformationFamilles), texte(protocoleMateriel), texte(protocoleRemboursement),
                    texte(budgetGestion), texte(budgetComplement));
        }
    }
}
