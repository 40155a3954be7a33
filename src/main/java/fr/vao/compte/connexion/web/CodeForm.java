package fr.vao.compte.connexion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Second-factor form. */
class CodeForm {

    @NotBlank(message = "{connexion.code.obligatoire}")
    @Pattern(regexp = "^[0-9]{6}$", message = "{connexion.code.format}")
    private String code;

    private boolean confiance;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isConfiance() {
        return confiance;
    }

    public void setConfiance(boolean confiance) {
        this.confiance = confiance;
    }
}
