package fr.vao.notification.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.vao.notification.SuiviCourriels;

/** Filters of the outbox list (GET parameters). */
class FiltreCourriels {

    @Pattern(regexp = "|A_ENVOYER|ENVOI|ENVOYE|ECHEC", message = "{courriels.filtre.statut.invalide}")
    private String statut;

    @Size(max = 255, message = "{administration.filtre.trop-long}")
    private String destinataire;

    @Size(max = 100, message = "{administration.filtre.trop-long}")
    private String modele;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate du;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate au;

    @Pattern(regexp = "|asc|desc", message = "{administration.filtre.tri.invalide}")
    private String tri;

    SuiviCourriels.Filtre filtre() {
        return new SuiviCourriels.Filtre(statut, destinataire, modele, du, au);
    }

    boolean croissant() {
        return "asc".equals(tri);
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

    public LocalDate getDu() {
        return du;
    }

    public void setDu(LocalDate du) {
        this.du = du;
    }

    public LocalDate getAu() {
        return au;
    }

    public void setAu(LocalDate au) {
        this.au = au;
    }

    public String getTri() {
        return tri;
    }

    public void setTri(String tri) {
        this.tri = tri;
    }
}
