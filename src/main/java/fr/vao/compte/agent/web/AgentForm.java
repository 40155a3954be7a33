package fr.vao.compte.agent.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.vao.compte.Formats;

/** The agent account form (spec §2.4); the e-mail is entered only at creation. */
class AgentForm {

    /** Validation group of the fields entered only at creation. */
    interface Creation {
    }

    @NotBlank(message = "{agent.email.obligatoire}", groups = Creation.class)
    @Size(max = 255, message = "{agent.email.trop-long}", groups = Creation.class)
    @Pattern(regexp = Formats.EMAIL, message = "{format.email}", groups = Creation.class)
    private String email;

    @NotBlank(message = "{agent.nom.obligatoire}")
    @Size(max = 100, message = "{agent.trop-long-100}")
    @Pattern(regexp = Formats.NOM, message = "{format.nom}")
    private String nom;

    @NotBlank(message = "{agent.prenom.obligatoire}")
    @Size(max = 100, message = "{agent.trop-long-100}")
    @Pattern(regexp = Formats.PRENOM, message = "{format.prenom}")
    private String prenom;

    @NotBlank(message = "{agent.competence.obligatoire}")
    @Pattern(regexp = "NAT|REG|DEP", message = "{agent.competence.obligatoire}")
    private String competence;

    @Size(max = 4, message = "{agent.region.inconnue}")
    private String region;

    @Size(max = 4, message = "{agent.departement.inconnu}")
    private String departement;

    @Size(max = 10, message = "{agent.roles.inconnu}")
    private Set<String> roles = new LinkedHashSet<>();

    private Integer version;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

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

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = competence;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : roles;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
