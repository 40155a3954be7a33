package fr.vao.sejour;

import java.time.LocalDate;
import java.util.List;

/**
 * An external provider of the stay declared at 8 days (spec §2.8.5), for médicaments, transport, restauration,
 * entretien or activités: a personne morale (raison sociale, nom commercial, adresse, téléphone) or a personne
 * physique (nom, prénom, date de naissance, compétence, téléphone).
 */
public record Prestataire(String categorie, boolean personneMorale, String raisonSociale, String nomCommercial,
        String adresse, String nom, String prenom, LocalDate dateNaissance, String competence, String telephone) {

    public static final List<String> CATEGORIES = List.of("medicaments", "transport", "restauration", "entretien",
            "activites");

    public Erreurs erreurs(LocalDate aujourdhui) {
        Erreurs e = new Erreurs();
        if (e.obligatoire("categorie", categorie)) {
            e.parmi("categorie", List.of(categorie), CATEGORIES);
        }
        if (personneMorale) {
            e.texte("raisonSociale", raisonSociale, 200);
            e.optionnel("nomCommercial", nomCommercial, 200);
            e.texte("adresse", adresse, 300);
        } else {
            e.nom("nom", nom);
            e.prenom("prenom", prenom);
            if (e.obligatoire("dateNaissance", dateNaissance) && dateNaissance.isAfter(aujourdhui)) {
                e.ajouter("dateNaissance", "sejour.erreur.naissance-future");
            }
            e.precision("competence", competence, 200);
        }
        e.telephone("telephone", telephone);
        return e;
    }

    public String designation() {
        return personneMorale ? raisonSociale : prenom + " " + nom;
    }
}
