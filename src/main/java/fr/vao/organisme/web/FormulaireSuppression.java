package fr.vao.organisme.web;

/** The explicit confirmation of an organisme's deletion: the box ticked and its SIRET typed again. */
public class FormulaireSuppression {

    private boolean confirmation;
    private String siret;

    public boolean isConfirmation() {
        return confirmation;
    }

    public void setConfirmation(boolean confirmation) {
        this.confirmation = confirmation;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    /** The SIRET typed, without its spaces. */
    String siretSaisi() {
        return siret == null ? "" : siret.replaceAll("\\s", "");
    }
}
