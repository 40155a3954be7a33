package fr.vao.sejour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import fr.vao.compte.Formats;

/** The rule violations of a déclaration, each on a form field (its name in the form) with its message key. */
public final class Erreurs {

    /** One violation: the field as the form names it, and the message key. */
    public record Erreur(String champ, String cle) {
    }

    static final int TEXTE_MIN = 5;
    private static final Pattern TELEPHONE = Pattern.compile(Formats.TELEPHONE);
    private static final Pattern EMAIL = Pattern.compile(Formats.EMAIL);
    private static final Pattern NOM = Pattern.compile(Formats.NOM);
    private static final Pattern PRENOM = Pattern.compile(Formats.PRENOM);

    private final List<Erreur> liste = new ArrayList<>();

    public List<Erreur> liste() {
        return List.copyOf(liste);
    }

    public boolean aucune() {
        return liste.isEmpty();
    }

    public boolean sur(String champ) {
        return liste.stream().anyMatch(e -> e.champ().equals(champ));
    }

    void ajouter(String champ, String cle) {
        liste.add(new Erreur(champ, cle));
    }

    void ajouterTout(Erreurs autres) {
        liste.addAll(autres.liste);
    }

    /** The errors of another module's rules (protocols of the organisme module), on this step's fields. */
    void ajouterTout(List<fr.vao.organisme.Erreurs.Erreur> autres) {
        autres.forEach(e -> ajouter(e.champ(), e.cle()));
    }

    static boolean vide(String valeur) {
        return valeur == null || valeur.isBlank();
    }

    boolean obligatoire(String champ, Object valeur) {
        if (valeur == null || valeur instanceof String s && s.isBlank()) {
            ajouter(champ, "format.obligatoire");
            return false;
        }
        return true;
    }

    void texte(String champ, String valeur, int max) {
        if (obligatoire(champ, valeur) && valeur.strip().length() > max) {
            ajouter(champ, "sejour.erreur.trop-long." + max);
        }
    }

    /** A required text of at least 5 characters. */
    void precision(String champ, String valeur, int max) {
        if (vide(valeur) || valeur.strip().length() < TEXTE_MIN) {
            ajouter(champ, "sejour.erreur.precision");
        } else if (valeur.strip().length() > max) {
            ajouter(champ, "sejour.erreur.trop-long." + max);
        }
    }

    void optionnel(String champ, String valeur, int max) {
        if (!vide(valeur) && valeur.strip().length() > max) {
            ajouter(champ, "sejour.erreur.trop-long." + max);
        }
    }

    void nom(String champ, String valeur) {
        if (obligatoire(champ, valeur) && (valeur.strip().length() > 80 || !NOM.matcher(valeur.strip()).matches())) {
            ajouter(champ, "format.nom");
        }
    }

    void prenom(String champ, String valeur) {
        if (obligatoire(champ, valeur)
                && (valeur.strip().length() > 80 || !PRENOM.matcher(valeur.strip()).matches())) {
            ajouter(champ, "format.prenom");
        }
    }

    void telephone(String champ, String valeur) {
        if (obligatoire(champ, valeur) && !TELEPHONE.matcher(valeur.strip()).matches()) {
            ajouter(champ, "format.telephone");
        }
    }

    void email(String champ, String valeur) {
        if (obligatoire(champ, valeur)
                && (valeur.strip().length() > 255 || !EMAIL.matcher(valeur.strip()).matches())) {
            ajouter(champ, "format.email");
        }
    }

    void ouiNon(String champ, Boolean valeur) {
        if (valeur == null) {
            ajouter(champ, "sejour.erreur.oui-non");
        }
    }

    void nombre(String champ, Integer valeur, int min, int max) {
        if (valeur == null) {
            ajouter(champ, "sejour.erreur.nombre");
        } else if (valeur < min || valeur > max) {
            ajouter(champ, "sejour.erreur.nombre-min." + min);
        }
    }

    /** At least one choice, each among the allowed ones. */
    void auMoinsUn(String champ, Collection<String> choix, Collection<String> permis) {
        if (choix.isEmpty()) {
            ajouter(champ, "sejour.erreur.au-moins-un");
        } else {
            parmi(champ, choix, permis);
        }
    }

    void parmi(String champ, Collection<String> choix, Collection<String> permis) {
        if (!permis.containsAll(choix)) {
            ajouter(champ, "sejour.erreur.choix-inconnu");
        }
    }
}
