package fr.vao.agrement.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import fr.vao.agrement.DeclarationExistant;

/** "J'ai déjà un agrément" as posted (the copy comes as a multipart file beside it). */
public class FormulaireExistant {

    public String numero;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate dateObtention;
    public String regionObtention;
    /** Required only to point the error summary at the file field. */
    public String copie;

    DeclarationExistant versDomaine() {
        return new DeclarationExistant(numero == null ? null : numero.strip(), dateObtention, regionObtention);
    }
}
