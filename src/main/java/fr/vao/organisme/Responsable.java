package fr.vao.organisme;

/** The responsable de l'organisation des séjours of a personne morale: every field required. */
public record Responsable(String nom, String prenom, String fonction, String adresse, String telephone, String email) {

    static final Responsable VIDE = new Responsable(null, null, null, null, null, null);

    void verifier(Erreurs e) {
        e.nom("responsable.nom", nom);
        e.prenom("responsable.prenom", prenom);
        e.texte("responsable.fonction", fonction, 100);
        e.texte("responsable.adresse", adresse, 300);
        e.telephone("responsable.telephone", telephone);
        e.email("responsable.email", email);
    }
}
