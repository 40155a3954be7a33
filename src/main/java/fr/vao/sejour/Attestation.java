package fr.vao.sejour;

import java.time.LocalDate;

/** The attestation sur l'honneur of step 8 (spec §2.8.3): ticked, with nom, prénom and qualité; dated by the server. */
public record Attestation(boolean aCertifie, String nom, String prenom, String qualite, LocalDate le) {

    public Erreurs erreurs() {
        Erreurs e = new Erreurs();
        if (!aCertifie) {
            e.ajouter("aCertifie", "sejour.erreur.attestation");
        }
        e.nom("nom", nom);
        e.prenom("prenom", prenom);
        e.texte("qualite", qualite, 100);
        return e;
    }
}
