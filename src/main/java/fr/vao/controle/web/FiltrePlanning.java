package fr.vao.controle.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.validation.Errors;

/**
 * The planning's filters (GET parameters, so that a planning can be bookmarked): the period, a territory of the
 * agent's perimeter, the grouping of the calendar list. Dates as the date field sends them (yyyy-mm-dd) or typed
 * (jj/mm/aaaa); a bad value is a French error next to its field, never a 400 page.
 */
public class FiltrePlanning {

    /** The longest period shown. */
    static final int JOURS_MAX = 92;
    /** The default period: today to today + this many days. */
    static final int JOURS_DEFAUT = 28;
    private static final DateTimeFormatter SAISIE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private String debut;
    private String fin;
    private String territoire;
    private String regroupement;

    private LocalDate dateDebut;
    private LocalDate dateFin;

    public String getDebut() {
        return debut;
    }

    public void setDebut(String debut) {
        this.debut = debut;
    }

    public String getFin() {
        return fin;
    }

    public void setFin(String fin) {
        this.fin = fin;
    }

    public String getTerritoire() {
        return territoire;
    }

    public void setTerritoire(String territoire) {
        this.territoire = territoire == null || territoire.isBlank() ? null : territoire.strip();
    }

    public String getRegroupement() {
        return "jour".equals(regroupement) ? "jour" : "semaine";
    }

    public void setRegroupement(String regroupement) {
        this.regroupement = regroupement;
    }

    LocalDate dateDebut() {
        return dateDebut;
    }

    LocalDate dateFin() {
        return dateFin;
    }

    /** Fills the defaults, parses and checks the period; the dates are set only when valid. */
    void valider(LocalDate aujourdhui, Errors erreurs) {
        if (debut == null || debut.isBlank()) {
            debut = aujourdhui.toString();
        }
        if (fin == null || fin.isBlank()) {
            LocalDate d = lire(debut);
            fin = (d == null ? aujourdhui : d).plusDays(JOURS_DEFAUT).toString();
        }
        LocalDate d = lire(debut);
        LocalDate f = lire(fin);
        if (d == null) {
            erreurs.rejectValue("debut", "controle.planning.erreur.debut");
        }
        if (f == null) {
            erreurs.rejectValue("fin", "controle.planning.erreur.fin");
        }
        if (d != null && f != null) {
            if (f.isBefore(d)) {
                erreurs.rejectValue("fin", "controle.planning.erreur.fin-avant-debut");
            } else if (d.plusDays(JOURS_MAX).isBefore(f)) {
                erreurs.rejectValue("fin", "controle.planning.erreur.trop-longue", new Object[] {JOURS_MAX}, null);
            }
        }
        if (!erreurs.hasErrors()) {
            dateDebut = d;
            dateFin = f;
            debut = d.toString();
            fin = f.toString();
        }
    }

    private static LocalDate lire(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        String t = texte.strip();
        try {
            LocalDate d = t.contains("/") ? LocalDate.parse(t, SAISIE) : LocalDate.parse(t);
            return d.getYear() < 2000 || d.getYear() > 2100 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
