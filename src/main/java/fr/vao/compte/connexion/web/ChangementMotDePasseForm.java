package fr.vao.compte.connexion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Password change from "Mon compte". */
class ChangementMotDePasseForm {

    @NotBlank(message = "{moncompte.motdepasse.actuel.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String actuel;

    @NotBlank(message = "{connexion.motdepasse.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String nouveau;

    @NotBlank(message = "{connexion.confirmation.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String confirmation;

    public String getActuel() {
        return actuel;
    }

    public void setActuel(String actuel) {
        this.actuel = actuel;
    }

    public String getNouveau() {
        return nouveau;
    }

    public void setNouveau(String nouveau) {
        this.nouveau = nouveau;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
