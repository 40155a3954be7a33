package fr.vao.eig;

import java.time.LocalDate;
import java.util.Set;

/** A member of the staff present at the incident (spec §2.9 step 3), picked from the 8-day list or typed. */
public record Personne(String nom, String prenom, LocalDate dateNaissance, String competence, Set<String> fonctions,
        String telephone) {

    public Personne {
        fonctions = fonctions == null ? Set.of() : Set.copyOf(fonctions);
    }

    public String designation() {
        return prenom + " " + nom;
    }
}
