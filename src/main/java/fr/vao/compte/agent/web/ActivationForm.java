package fr.vao.compte.agent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Choice of the first password of an agent (the link's token travels in a hidden field). */
class ActivationForm {

    @Size(max = 100, message = "{agent.activation.lien-invalide}")
    private String jeton;

    @NotBlank(message = "{agent.activation.mot-de-passe.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String motDePasse;

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
