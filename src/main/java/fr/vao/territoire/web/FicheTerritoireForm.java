package fr.vao.territoire.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The fiche territoire form; every field is optional, but checked when filled. */
class FicheTerritoireForm {

    // same formats as fr.vao.compte.Formats (not imported: compte depends on territoire)
    static final String EMAIL = "^$|^[\\w.+-]+@([\\w-]+\\.)+[\\w-]{2,}$";
    static final String TELEPHONE = "^$|^(\\+33|0|0033)[1-9][0-9]{8}$";
    static final String NOM = "^$|^(?!.*\\s{2})(?!.*\\s-)(?!.*-\\s)(?!.*---)[\\p{L}][\\p{L}' -]*$";
    static final String PRENOM = "^$|^(?!.*\\s{2})(?!.*\\s-)(?!.*-\\s)(?!.*--)[\\p{L}][\\p{L}' -]*$";

    @Size(max = 255, message = "{territoire.email.trop-long}")
    @Pattern(regexp = EMAIL, message = "{territoire.email.format}")
    private String serviceEmail;

    @Size(max = 20, message = "{territoire.telephone.format}")
    @Pattern(regexp = TELEPHONE, message = "{territoire.telephone.format}")
    private String serviceTelephone;

    @Size(max = 100, message = "{territoire.trop-long-100}")
    @Pattern(regexp = NOM, message = "{territoire.nom.format}")
    private String correspondantNom;

    @Size(max = 100, message = "{territoire.trop-long-100}")
    @Pattern(regexp = PRENOM, message = "{territoire.prenom.format}")
    private String correspondantPrenom;

    @NotNull(message = "{territoire.conflit}")
    private Integer version;

    public String getServiceEmail() {
        return serviceEmail;
    }

    public void setServiceEmail(String serviceEmail) {
        this.serviceEmail = serviceEmail == null ? null : serviceEmail.strip();
    }

    public String getServiceTelephone() {
        return serviceTelephone;
    }

    public void setServiceTelephone(String serviceTelephone) {
        this.serviceTelephone = serviceTelephone == null ? null : serviceTelephone.replace(" ", "").strip();
    }

    public String getCorrespondantNom() {
        return correspondantNom;
    }

    public void setCorrespondantNom(String correspondantNom) {
        this.correspondantNom = correspondantNom == null ? null : correspondantNom.strip();
    }

    public String getCorrespondantPrenom() {
        return correspondantPrenom;
    }

    public void setCorrespondantPrenom(String correspondantPrenom) {
        this.correspondantPrenom = correspondantPrenom == null ? null : correspondantPrenom.strip();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
