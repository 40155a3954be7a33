package fr.vao.plateforme.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/** The period and date order shared by the filters of the dated back-office lists (GET parameters du, au, tri). */
public abstract class FiltrePeriode {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate du;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate au;

    @Pattern(regexp = "|asc|desc", message = "{administration.filtre.tri.invalide}")
    private String tri;

    /** Oldest first when asked, newest first by default. */
    public boolean croissant() {
        return "asc".equals(tri);
    }

    public LocalDate getDu() {
        return du;
    }

    public void setDu(LocalDate du) {
        this.du = du;
    }

    public LocalDate getAu() {
        return au;
    }

    public void setAu(LocalDate au) {
        this.au = au;
    }

    public String getTri() {
        return tri;
    }

    public void setTri(String tri) {
        this.tri = tri;
    }
}
