package fr.vao.agrement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The form of a row of the organismes non agréés (national agents); the checksum of the SIRET is checked apart. */
public class FormulaireNonAgree {

    @NotBlank(message = "{agrement.non-agree.erreur.siret}")
    @Pattern(regexp = "^$|^[0-9]{14}$", message = "{agrement.non-agree.erreur.siret}")
    private String siret;

    @NotBlank(message = "{agrement.non-agree.erreur.nom}")
    @Size(max = 200, message = "{agrement.non-agree.erreur.nom-long}")
    private String nom;

    @NotBlank(message = "{agrement.non-agree.erreur.region}")
    private String regionDelivrance;

    @NotBlank(message = "{agrement.non-agree.erreur.nature}")
    private String natureDecision;

    @NotNull(message = "{agrement.non-agree.erreur.date}")
    @PastOrPresent(message = "{agrement.non-agree.erreur.date-future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateDecision;

    /** The version the agent saw (optimistic lock); null for a new row. */
    private Integer version;

    /** 14 digits whose Luhn checksum is valid (spec §4 rule 4; La Poste's establishments excepted). */
    public static boolean siretValide(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith("356000000") && !"35600000000048".equals(siret)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int somme = 0;
        for (int i = 0; i < 14; i++) {
            int chiffre = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                chiffre = chiffre * 2 > 9 ? chiffre * 2 - 9 : chiffre * 2;
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret == null ? null : siret.replace(" ", "").strip();
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom == null ? null : nom.strip();
    }

    public String getRegionDelivrance() {
        return regionDelivrance;
    }

    public void setRegionDelivrance(String regionDelivrance) {
        this.regionDelivrance = regionDelivrance;
    }

    public String getNatureDecision() {
        return natureDecision;
    }

    public void setNatureDecision(String natureDecision) {
        this.natureDecision = natureDecision;
    }

    public LocalDate getDateDecision() {
        return dateDecision;
    }

    public void setDateDecision(LocalDate dateDecision) {
        this.dateDecision = dateDecision;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
