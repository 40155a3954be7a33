package fr.vao.notification.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.vao.notification.SuiviCourriels;
import fr.vao.plateforme.web.FiltrePeriode;

/** Filters of the outbox list (GET parameters). */
class FiltreCourriels extends FiltrePeriode {

    @Pattern(regexp = "|A_ENVOYER|ENVOI|ENVOYE|ECHEC", message = "{courriels.filtre.statut.invalide}")
    private String statut;

    @Size(max = 255, message = "{administration.filtre.trop-long}")
    private String destinataire;

    @Size(max = 100, message = "{administration.filtre.trop-long}")
    private String modele;

    SuiviCourriels.Filtre filtre() {
        return new SuiviCourriels.Filtre(statut, destinataire, modele, getDu(), getAu());
    }

    public String getStatut() {
        return statut;
    }

    public void setStatut(String statut) {
        this.statut = statut;
    }

    public String getDestinataire() {
        return destinataire;
    }

    public void setDestinataire(String destinataire) {
        this.destinataire = destinataire;
    }

    public String getModele() {
        return modele;
    }

    public void setModele(String modele) {
        this.modele = modele;
    }
}
