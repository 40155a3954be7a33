package fr.vao.sejour;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person of the staff declared at 8 days, encadrant or accompagnant (spec §2.8.5): who, what they can do, and the
 * organiser's attestation that the person is not registered in the bulletin n°3 du casier judiciaire.
 */
public record Intervenant(String nom, String prenom, LocalDate dateNaissance, String competence,
        Set<String> fonctions, String telephone, boolean attestation) {

    public static final List<String> FONCTIONS = List.copyOf(ImportPersonnel.LIBELLES_FONCTIONS.keySet());

    public Intervenant {
        fonctions = fonctions == null ? Set.of() : Set.copyOf(new TreeSet<>(fonctions));
    }

    /** The rules of one person, as of that day; the fields are named as in the form of one person. */
    public Erreurs erreurs(LocalDate aujourdhui) {
        Erreurs e = new Erreurs();
        e.nom("nom", nom);
        e.prenom("prenom", prenom);
        if (e.obligatoire("dateNaissance", dateNaissance) && dateNaissance.isAfter(aujourdhui)) {
            e.ajouter("dateNaissance", "sejour.erreur.naissance-future");
        }
        e.texte("competence", competence, 200);
        e.parmi("fonctions", fonctions, FONCTIONS);
        e.telephone("telephone", telephone);
        if (!attestation) {
            e.ajouter("attestation", "sejour.erreur.attestation-personne");
        }
        return e;
    }

    public Intervenant attestee() {
        return new Intervenant(nom, prenom, dateNaissance, competence, fonctions, telephone, true);
    }

    /** How the person is named in lists and in the history. */
    public String designation() {
        return prenom + " " + nom;
    }
}
