package fr.vao.api.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new API token: its label and validity in days (one of {@link JetonsApiController#VALIDITES}). */
class CreationJetonForm {

    @NotBlank(message = "{jetonsapi.libelle.obligatoire}")
    @Size(max = 100, message = "{jetonsapi.libelle.trop-long}")
    private String libelle;

    @NotNull(message = "{jetonsapi.validite.obligatoire}")
    @Pattern(regexp = "30|90|180|365", message = "{jetonsapi.validite.obligatoire}")
    private String validite = "365";

    public String getLibelle() {
        return libelle;
    }

    public void setLibelle(String libelle) {
        this.libelle = libelle;
    }

    public String getValidite() {
        return validite;
    }

    public void setValidite(String validite) {
        this.validite = validite;
    }
}
