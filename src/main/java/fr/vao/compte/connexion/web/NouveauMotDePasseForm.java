package fr.vao.compte.connexion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New password chosen from a reset link. */
class NouveauMotDePasseForm {

    @Size(max = 100)
    private String jeton;

    @NotBlank(message = "{connexion.motdepasse.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String motDePasse;

    @NotBlank(message = "{connexion.confirmation.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String confirmation;

    public String getJeton() {
        return jeton;
    }

    public void setJeton(String jeton) {
        this.jeton = jeton;
    }

    public String getMotDePasse() {
        return motDePasse;
    }

    public void setMotDePasse(String motDePasse) {
        this.motDePasse = motDePasse;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
