package fr.vao.eig;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.vao.sejour.DeclarationsPourEig;

/**
 * An EIG (spec §2.9): its 4 steps, its status and read marks, which change only through the methods below.
 *
 * @param departement the département of the incident: its DDETS must read it
 * @param regionAgrement the région of the organiser's agrément: its DREETS must read it (null: none)
 * @param personnel the staff present; with the four texts, the fields encrypted at rest (ADR 0024)
 * @param version the optimistic lock
 */
public record Eig(long id, StatutEig statut, long declarationId, long organismeId, long auteurId, String departement,
        String regionAgrement, LocalDate dateIncident, List<TypeChoisi> types, List<Personne> personnel,
        String deroulement, String dispositionRemediation, String dispositionVictimes,
        String dispositionInformations, boolean atteste, List<String> emailsAutres, UUID fichier,
        OffsetDateTime dateDepot, boolean luDdets, boolean luDreets, int version) {

    /** The texts of step 3: at least this many characters (rule 71). */
    public static final int TEXTE_MIN = 5;
    public static final int TEXTE_MAX = 10_000;
    /** The précision of an "Autre" type: at least this many characters (rule 70). */
    public static final int PRECISION_MIN = 5;
    public static final int PRECISION_MAX = 500;
    public static final int EMAILS_MAX = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Who reads an EIG among the services that must (rule 73). */
    public enum Service {
        DDETS, DREETS
    }

    public Eig {
        types = types == null ? List.of() : List.copyOf(types);
        personnel = personnel == null ? List.of() : List.copyOf(personnel);
        emailsAutres = emailsAutres == null ? List.of() : List.copyOf(emailsAutres);
    }

    /** Only a draft is edited or deleted (rule 72). */
    public void verifierModifiable() {
        if (statut != StatutEig.BROUILLON) {
            throw new EigRefuseException("eig.refus.non-brouillon");
        }
    }

    /** Step 1 (rule 69): a stay it may be declared on, a département of its hébergements, a date within it. */
    public static List<ErreurEig> erreursSelection(DeclarationsPourEig.Sejour s, String departement,
            LocalDate date) {
        List<ErreurEig> e = new ArrayList<>();
        if (s == null) {
            e.add(new ErreurEig("declarationId", "eig.erreur.sejour-obligatoire"));
            return e;
        }
        if (departement == null || departement.isBlank()) {
            e.add(new ErreurEig("departement", "eig.erreur.departement-obligatoire"));
        } else if (!s.departements().contains(departement)) {
            e.add(new ErreurEig("departement", "eig.erreur.departement-hors-sejour"));
        }
        if (date == null) {
            e.add(new ErreurEig("dateIncident", "eig.erreur.date-obligatoire"));
        } else if (date.isBefore(s.dateDebut()) || date.isAfter(s.dateFin())) {
            e.add(new ErreurEig("dateIncident", "eig.erreur.date-hors-sejour"));
        }
        return e;
    }

    /** Step 2 (rule 70): at least one active type, a précision of 5 characters for each "Autre". */
    public static List<ErreurEig> erreursTypes(List<TypeChoisi> choisis, Map<String, TypeEvenement> catalogue) {
        List<ErreurEig> e = new ArrayList<>();
        if (choisis == null || choisis.isEmpty()) {
            e.add(new ErreurEig("types", "eig.erreur.type-obligatoire"));
            return e;
        }
        for (TypeChoisi c : choisis) {
            TypeEvenement t = catalogue.get(c.code());
            if (t == null || !t.actif()) {
                e.add(new ErreurEig("types", "eig.erreur.type-inactif"));
            } else if (t.autre() && (c.precision() == null || c.precision().strip().length() < PRECISION_MIN)) {
                e.add(new ErreurEig(champPrecision(t.categorie()), "eig.erreur.precision-courte"));
            } else if (c.precision() != null && c.precision().length() > PRECISION_MAX) {
                e.add(new ErreurEig(champPrecision(t.categorie()), "eig.erreur.precision-longue"));
            }
        }
        return e;
    }

    /** The form field of the précision of a category's "Autre" type. */
    public static String champPrecision(String categorie) {
        return switch (categorie) {
            case "VICTIMES" -> "precisionVictimes";
            case "SANTE" -> "precisionSante";
            case "SECURITE" -> "precisionSecurite";
            default -> "precisionFonctionnement";
        };
    }

    /** Step 3 (rule 71): at least one person present, each named, and the four texts. */
    public static List<ErreurEig> erreursRenseignements(List<Personne> personnel, String deroulement,
            String remediation, String victimes, String informations) {
        List<ErreurEig> e = new ArrayList<>();
        if (personnel == null || personnel.isEmpty()) {
            e.add(new ErreurEig("personnel", "eig.erreur.personnel-obligatoire"));
        } else if (personnel.stream().anyMatch(p -> vide(p.nom()) || vide(p.prenom()))) {
            e.add(new ErreurEig("personnel", "eig.erreur.personnel-incomplet"));
        }
        texte(e, "deroulement", deroulement);
        texte(e, "dispositionRemediation", remediation);
        texte(e, "dispositionVictimes", victimes);
        texte(e, "dispositionInformations", informations);
        return e;
    }

    /** Step 4: valid extra addresses, at most {@value #EMAILS_MAX}. */
    public static List<ErreurEig> erreursEmails(List<String> emails) {
        List<ErreurEig> e = new ArrayList<>();
        if (emails.size() > EMAILS_MAX) {
            e.add(new ErreurEig("emailsAutres", "eig.erreur.emails-trop"));
        } else if (emails.stream().anyMatch(m -> m.length() > 320 || !EMAIL.matcher(m).matches())) {
            e.add(new ErreurEig("emailsAutres", "eig.erreur.email-invalide"));
        }
        return e;
    }

    private static void texte(List<ErreurEig> e, String champ, String valeur) {
        if (valeur == null || valeur.strip().length() < TEXTE_MIN) {
            e.add(new ErreurEig(champ, "eig.erreur.texte-court"));
        } else if (valeur.length() > TEXTE_MAX) {
            e.add(new ErreurEig(champ, "eig.erreur.texte-long"));
        }
    }

    private static boolean vide(String s) {
        return s == null || s.isBlank();
    }

    /** The errors of every step, as of the stay given (the récapitulatif marks the incomplete steps). */
    public List<ErreurEig> erreurs(DeclarationsPourEig.Sejour s, Map<String, TypeEvenement> catalogue) {
        List<ErreurEig> e = new ArrayList<>(erreursSelection(s, departement, dateIncident));
        e.addAll(erreursTypes(types, catalogue));
        e.addAll(erreursRenseignements(personnel, deroulement, dispositionRemediation, dispositionVictimes,
                dispositionInformations));
        e.addAll(erreursEmails(emailsAutres));
        return e;
    }

    /** Submission ("Transmettre"): a draft, every step valid, the certification ticked. */
    public StatutEig transmettre(DeclarationsPourEig.Sejour s, Map<String, TypeEvenement> catalogue,
            boolean certifie) {
        verifierModifiable();
        List<ErreurEig> e = erreurs(s, catalogue);
        if (!certifie) {
            e.add(new ErreurEig("atteste", "eig.erreur.certification"));
        }
        if (!e.isEmpty()) {
            throw new EigInvalideException(e);
        }
        return StatutEig.ENVOYE;
    }

    /** Whether this service still has to read it. */
    public boolean aLire(Service service) {
        return statut != StatutEig.BROUILLON && !(service == Service.DDETS ? luDdets : luDreets);
    }

    /**
     * The status once this service has read it (rule 73): LU when both the DDETS and the DREETS have (the DDETS
     * alone when the organiser had no agrément region).
     */
    public StatutEig lirePar(Service service) {
        if (statut == StatutEig.BROUILLON) {
            throw new EigRefuseException("eig.refus.brouillon");
        }
        boolean ddets = luDdets || service == Service.DDETS;
        boolean dreets = luDreets || service == Service.DREETS || regionAgrement == null;
        return ddets && dreets ? StatutEig.LU : StatutEig.ENVOYE;
    }
}
