package fr.vao.compte.agent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.vao.compte.Formats;

/** Request of a new activation link. */
class RenouvellementForm {

    @NotBlank(message = "{agent.email.obligatoire}")
    @Size(max = 255, message = "{agent.email.trop-long}")
    @Pattern(regexp = Formats.EMAIL, message = "{format.email}")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
