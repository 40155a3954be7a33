package fr.vao.compte.connexion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.vao.compte.Formats;

/** Names of the logged-in user. */
class IdentiteForm {

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 100, message = "{moncompte.trop-long}")
    @Pattern(regexp = Formats.NOM, message = "{format.nom}")
    private String nom;

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 100, message = "{moncompte.trop-long}")
    @Pattern(regexp = Formats.PRENOM, message = "{format.prenom}")
    private String prenom;

    private int version;

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
