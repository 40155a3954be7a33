package fr.vao.compte.connexion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.vao.compte.Formats;

/** Forgotten-password request. */
class EmailForm {

    @NotBlank(message = "{connexion.email.obligatoire}")
    @Size(max = 255, message = "{connexion.email.trop-long}")
    @Pattern(regexp = Formats.EMAIL, message = "{format.email}")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
