package fr.vao.compte.organisateur.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.vao.compte.Formats;

/** The registration form (spec §2.1). The password is never sent back to the page. */
class FormulaireInscription {

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 255, message = "{organisateur.trop-long}")
    @Pattern(regexp = Formats.EMAIL, message = "{format.email}")
    private String email;

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String motDePasse;

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 128, message = "{motdepasse.trop-long}")
    private String confirmation;

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 100, message = "{organisateur.trop-long}")
    @Pattern(regexp = Formats.NOM, message = "{format.nom}")
    private String nom;

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 100, message = "{organisateur.trop-long}")
    @Pattern(regexp = Formats.PRENOM, message = "{format.prenom}")
    private String prenom;

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 20, message = "{organisateur.trop-long}")
    @Pattern(regexp = Formats.TELEPHONE, message = "{format.telephone}")
    private String telephone;

    @NotBlank(message = "{format.obligatoire}")
    @Size(max = 14, message = "{format.siret}")
    @Pattern(regexp = Formats.SIRET, message = "{format.siret}")
    private String siret;

    @Size(max = 4, message = "{organisateur.region.obligatoire}")
    private String regionCode;

    /** Whether the page asks for the region (INSEE unavailable or commune unknown). */
    private boolean choixRegion;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
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

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom == null ? null : nom.strip();
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom == null ? null : prenom.strip();
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone == null ? null : telephone.replaceAll("[\\s.]", "");
    }

    public String getSiret() {
        return siret;
    }

    /** Spaces are allowed when typing ("123 456 789 00012"). */
    public void setSiret(String siret) {
        this.siret = siret == null ? null : siret.replaceAll("\\s", "");
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public boolean isChoixRegion() {
        return choixRegion;
    }

    public void setChoixRegion(boolean choixRegion) {
        this.choixRegion = choixRegion;
    }
}
