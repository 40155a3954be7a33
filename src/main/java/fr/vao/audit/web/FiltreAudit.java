package fr.vao.audit.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.vao.audit.ConsultationJournal;
import fr.vao.plateforme.web.FiltrePeriode;

/** Filters of the audit trail list (GET parameters). */
class FiltreAudit extends FiltrePeriode {

    @Size(max = 40, message = "{administration.filtre.trop-long}")
    @Pattern(regexp = "[A-Z_]*", message = "{audit.filtre.type.invalide}")
    private String type;

    @Size(max = 300, message = "{administration.filtre.trop-long}")
    private String acteur;

    @Size(max = 300, message = "{administration.filtre.trop-long}")
    private String cible;

    ConsultationJournal.Filtre filtre() {
        return new ConsultationJournal.Filtre(type, acteur, cible, getDu(), getAu());
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
}
