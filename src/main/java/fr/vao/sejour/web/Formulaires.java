package fr.vao.sejour.web;

import java.util.HashSet;
import java.util.Set;

import fr.vao.organisme.Responsable;
import fr.vao.sejour.InformationsGenerales;
import fr.vao.sejour.Intervenant;
import fr.vao.sejour.PersonnelPrevu;
import fr.vao.sejour.Prestataire;
import fr.vao.sejour.ProjetSejour;
import fr.vao.sejour.Vacanciers;

/** The forms of the 2-month steps as posted (public fields: the binder uses direct field access). */
final class Formulaires {

    private Formulaires() {
    }

    /** Step 1. */
    public static class Informations {
        public int version;
        public String libelle;
        public String dateDebut;
        public String dateFin;
        public Personne responsable = new Personne();

        static Informations de(InformationsGenerales i, int version) {
            Informations f = new Informations();
            f.version = version;
            f.libelle = i.libelle();
            f.dateDebut = Saisie.texte(i.dateDebut());
            f.dateFin = Saisie.texte(i.dateFin());
            Responsable r = i.responsable();
            f.responsable.nom = r.nom();
            f.responsable.prenom = r.prenom();
            f.responsable.fonction = r.fonction();
            f.responsable.adresse = r.adresse();
            f.responsable.telephone = r.telephone();
            f.responsable.email = r.email();
            return f;
        }

        InformationsGenerales versDomaine(Saisie s) {
            Personne r = responsable;
            return new InformationsGenerales(Saisie.net(libelle), s.date("dateDebut", dateDebut),
                    s.date("dateFin", dateFin), new Responsable(Saisie.net(r.nom), Saisie.net(r.prenom),
                            Saisie.net(r.fonction), Saisie.net(r.adresse), Saisie.net(r.telephone),
                            Saisie.net(r.email)));
        }
    }

    public static class Personne {
        public String nom;
        public String prenom;
        public String fonction;
        public String adresse;
        public String telephone;
        public String email;
    }

    /** Step 2. */
    public static class FormVacanciers {
        public int version;
        public String femmes;
        public String hommes;
        public String total;
        public Set<String> tranchesAge = new HashSet<>();
        public Set<String> deficiences = new HashSet<>();
        public String precisionDeficiences;

        static FormVacanciers de(Vacanciers v, int version) {
            FormVacanciers f = new FormVacanciers();
            f.version = version;
            f.femmes = Saisie.texte(v.femmes());
            f.hommes = Saisie.texte(v.hommes());
            f.total = Saisie.texte(v.total());
            f.tranchesAge = new HashSet<>(v.tranchesAge());
            f.deficiences = new HashSet<>(v.deficiences());
            f.precisionDeficiences = v.precisionDeficiences();
            return f;
        }

        Vacanciers versDomaine(Saisie s) {
            return new Vacanciers(s.nombre("femmes", femmes), s.nombre("hommes", hommes), s.nombre("total", total),
                    tranchesAge, deficiences, Saisie.net(precisionDeficiences));
        }
    }

    /** Step 3. */
    public static class FormPersonnel {
        public int version;
        public String nombreAccompagnants;
        public String nombreResponsables;
        public Boolean procedureRecrutementSupplementaire;

        static FormPersonnel de(PersonnelPrevu p, int version) {
            FormPersonnel f = new FormPersonnel();
            f.version = version;
            f.nombreAccompagnants = Saisie.texte(p.nombreAccompagnants());
            f.nombreResponsables = Saisie.texte(p.nombreResponsables());
            f.procedureRecrutementSupplementaire = p.procedureRecrutementSupplementaire();
            return f;
        }

        PersonnelPrevu versDomaine(Saisie s) {
            return new PersonnelPrevu(s.nombre("nombreAccompagnants", nombreAccompagnants),
                    s.nombre("nombreResponsables", nombreResponsables), procedureRecrutementSupplementaire);
        }
    }

    /** Step 4. */
    public static class FormProjet {
        public int version;
        public Set<String> destinations = new HashSet<>();
        public Set<String> activitesSportives = new HashSet<>();
        public Set<String> activitesCulturelles = new HashSet<>();
        public Set<String> activitesBienEtre = new HashSet<>();
        public String activitesPersonnel;

        static FormProjet de(ProjetSejour p, int version) {
            FormProjet f = new FormProjet();
            f.version = version;
            f.destinations = new HashSet<>(p.destinations());
            f.activitesSportives = new HashSet<>(p.activitesSportives());
            f.activitesCulturelles = new HashSet<>(p.activitesCulturelles());
            f.activitesBienEtre = new HashSet<>(p.activitesBienEtre());
            f.activitesPersonnel = p.activitesPersonnel();
            return f;
        }

        ProjetSejour versDomaine() {
            return new ProjetSejour(destinations, activitesSportives, activitesCulturelles, activitesBienEtre,
                    Saisie.net(activitesPersonnel));
        }
    }

    /** Step 7: one étape to add. */
    public static class FormEtape {
        public int version;
        public String hebergementId;
        public Dates etape = new Dates();
        public Boolean sejourEtranger;
    }

    /** The dates of an étape, and how the group reaches it. */
    public static class Dates {
        public String dateDebut;
        public String dateFin;
        public String modeTransport;
    }

    /** Step 8: the attestation sur l'honneur. */
    public static class FormAttestation {
        public int version;
        public boolean aCertifie;
        public String nom;
        public String prenom;
        public String qualite;
    }

    /** Step 3 at 8 days: one person of a staff list. */
    public static class FormIntervenant {
        public int version;
        public String nom;
        public String prenom;
        public String dateNaissance;
        public String competence;
        public Set<String> fonctions = new HashSet<>();
        public String telephone;
        public boolean attestation;

        Intervenant versDomaine(Saisie s) {
            return new Intervenant(Saisie.net(nom), Saisie.net(prenom), s.date("dateNaissance", dateNaissance),
                    Saisie.net(competence), fonctions, Saisie.net(telephone), attestation);
        }
    }

    /** Step 3 at 8 days: rows pasted from a spreadsheet (or a CSV file sent with the form). */
    public static class FormImport {
        public int version;
        public String texte;
        public boolean attestationTous;
        public boolean remplacer;
    }

    /** Step 3 at 8 days: the training before the vacanciers arrive. */
    public static class FormFormation {
        public int version;
        public String formation;
    }

    /** Step 3 at 8 days: one external provider. */
    public static class FormPrestataire {
        public int version;
        public String categorie;
        public Boolean personneMorale;
        public String raisonSociale;
        public String nomCommercial;
        public String adresse;
        public String nom;
        public String prenom;
        public String dateNaissance;
        public String competence;
        public String telephone;

        Prestataire versDomaine(Saisie s) {
            boolean morale = Boolean.TRUE.equals(personneMorale);
            return new Prestataire(Saisie.net(categorie), morale, morale ? Saisie.net(raisonSociale) : null,
                    morale ? Saisie.net(nomCommercial) : null, morale ? Saisie.net(adresse) : null,
                    morale ? null : Saisie.net(nom), morale ? null : Saisie.net(prenom),
                    morale ? null : s.date("dateNaissance", dateNaissance), morale ? null : Saisie.net(competence),
                    Saisie.net(telephone));
        }
    }
}
