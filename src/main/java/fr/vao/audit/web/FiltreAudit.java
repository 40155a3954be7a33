package fr.vao.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.vao.audit.ConsultationJournal;

/** Filters of the audit trail list (GET parameters). */
class FiltreAudit {

    @Size(max = 40, message = "{administration.filtre.trop-long}")
    @Pattern(regexp = "[A-Z_]*", message = "{audit.filtre.type.invalide}")
    private String type;

    @Size(max = 300, message = "{administration.filtre.trop-long}")
    private String acteur;

    @Size(max = 300, message = "{administration.filtre.trop-long}")
    private String cible;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate du;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate au;

    @Pattern(regexp = "|asc|desc", message = "{administration.filtre.tri.invalide}")
    private String tri;

    ConsultationJournal.Filtre filtre() {
        return new ConsultationJournal.Filtre(type, acteur, cible, du, au);
    }

    boolean croissant() {
        return "asc".equals(tri);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getActeur() {
        return acteur;
    }

    public void setActeur(String acteur) {
        this.acteur = acteur;
    }

    public String getCible() {
        return cible;
    }

    public void setCible(String cible) {
        this.cible = cible;
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
