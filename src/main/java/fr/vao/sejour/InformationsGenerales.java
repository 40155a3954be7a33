package fr.vao.sejour;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fr.vao.organisme.Responsable;

/**
 * Step 1, "Informations générales" (spec §2.8.3): the title, the dates and the responsable de l'organisation du
 * séjour. The période and the durée are computed.
 */
public record InformationsGenerales(String libelle, LocalDate dateDebut, LocalDate dateFin,
        Responsable responsable) {

    public static final int LIBELLE_MAX = 100;

    public InformationsGenerales {
        libelle = libelle == null ? null : libelle.strip();
        responsable = responsable == null ? new Responsable(null, null, null, null, null, null) : responsable;
    }

    /** From the start month: January–March hiver, April–June printemps, July–September été, October–December automne. */
    public static String periode(LocalDate debut) {
        if (debut == null) {
            return null;
        }
        int mois = debut.getMonthValue();
        return mois <= 3 ? "hiver" : mois <= 6 ? "printemps" : mois <= 9 ? "ete" : "automne";
    }

    public String periode() {
        return periode(dateDebut);
    }

    /** Number of days, the first and the last included. */
    public Long duree() {
        return dateDebut == null || dateFin == null ? null : ChronoUnit.DAYS.between(dateDebut, dateFin) + 1;
    }

    /**
     * @param aujourdhui the start must be strictly after it (the only hard date rule; the two months are informative)
     * @param debutVerifie false once the déclaration is registered: the dates no longer change there
     */
    public Erreurs erreurs(LocalDate aujourdhui, boolean debutVerifie) {
        Erreurs e = new Erreurs();
        e.texte("libelle", libelle, LIBELLE_MAX);
        if (e.obligatoire("dateDebut", dateDebut) && debutVerifie && !dateDebut.isAfter(aujourdhui)) {
            e.ajouter("dateDebut", "sejour.erreur.debut-passe");
        }
        if (e.obligatoire("dateFin", dateFin) && dateDebut != null && !dateFin.isAfter(dateDebut)) {
            e.ajouter("dateFin", "sejour.erreur.fin-avant-debut");
        }
        Responsable r = responsable;
        e.nom("responsable.nom", r.nom());
        e.prenom("responsable.prenom", r.prenom());
        e.texte("responsable.fonction", r.fonction(), 100);
        e.texte("responsable.adresse", r.adresse(), 300);
        e.telephone("responsable.telephone", r.telephone());
        e.email("responsable.email", r.email());
        return e;
    }
}
