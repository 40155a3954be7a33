package fr.vao.compte.connexion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Login form of both portals. */
class ConnexionForm {

    @NotBlank(message = "{connexion.email.obligatoire}")
    @Size(max = 255, message = "{connexion.email.trop-long}")
    private String email;

    @NotBlank(message = "{connexion.motdepasse.obligatoire}")
    @Size(max = 128, message = "{connexion.motdepasse.trop-long}")
    private String motDePasse;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMotDePasse() {
        return motDePasse;
    }

    public void setMotDePasse(String motDePasse) {
        this.motDePasse = motDePasse;
    }
}
