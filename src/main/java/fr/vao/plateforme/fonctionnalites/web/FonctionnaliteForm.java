package fr.vao.plateforme.fonctionnalites.web;

import jakarta.validation.constraints.Size;

/** A feature flag's form: on/off, and an optional period (datetime-local values, Europe/Paris). */
class FonctionnaliteForm {

    private boolean active;

    @Size(max = 30, message = "{fonctionnalite.date.format}")
    private String dateDebut;

    @Size(max = 30, message = "{fonctionnalite.date.format}")
    private String dateFin;

    private Integer version;

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getDateDebut() {
        return dateDebut;
    }

    public void setDateDebut(String dateDebut) {
        this.dateDebut = dateDebut;
    }

    public String getDateFin() {
        return dateFin;
    }

    public void setDateFin(String dateFin) {
        this.dateFin = dateFin;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
