package fr.vao.organisme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import fr.vao.compte.Formats;

/**
 * The rule violations of a section of the fiche, each on a field named as the form names it and with a message key.
 * The same checks serve each step's save and the finalisation, so that no rule lives only in a screen.
 */
public final class Erreurs {

    /** One violation: the field ({@code representants[0].nom}) and the message key. */
    public record Erreur(String champ, String cle) {
    }

    static final int PRECISION_MIN = 5;
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

    void ajouter(String champ, String cle) {
        liste.add(new Erreur(champ, cle));
    }

    static boolean vide(String valeur) {
        return valeur == null || valeur.isBlank();
    }

    /** Required; at most {@code max} characters. */
    boolean texte(String champ, String valeur, int max) {
        if (vide(valeur)) {
            ajouter(champ, "format.obligatoire");
            return false;
        }
        if (valeur.strip().length() > max) {
            ajouter(champ, "organisme.erreur.trop-long." + max);
            return false;
        }
        return true;
    }

    void optionnel(String champ, String valeur, int max) {
        if (!vide(valeur) && valeur.strip().length() > max) {
            ajouter(champ, "organisme.erreur.trop-long." + max);
        }
    }

    void telephone(String champ, String valeur) {
        if (texte(champ, valeur, 20) && !TELEPHONE.matcher(valeur.strip()).matches()) {
            ajouter(champ, "format.telephone");
        }
    }

    void email(String champ, String valeur) {
        if (texte(champ, valeur, 255) && !EMAIL.matcher(valeur.strip()).matches()) {
            ajouter(champ, "format.email");
        }
    }

    void nom(String champ, String valeur) {
        if (texte(champ, valeur, 100) && !NOM.matcher(valeur.strip()).matches()) {
            ajouter(champ, "format.nom");
        }
    }

    void prenom(String champ, String valeur) {
        if (texte(champ, valeur, 100) && !PRENOM.matcher(valeur.strip()).matches()) {
            ajouter(champ, "format.prenom");
        }
    }

    void ouiNon(String champ, Boolean valeur) {
        if (valeur == null) {
            ajouter(champ, "organisme.erreur.oui-non");
        }
    }

    /** A précision required by an answer: at least 5 characters. */
    void precision(String champ, String valeur) {
        if (vide(valeur) || valeur.strip().length() < PRECISION_MIN) {
            ajouter(champ, "organisme.erreur.precision");
        }
    }

    /** At least one choice, all among the allowed values. */
    void auMoinsUn(String champ, Collection<String> choix, Collection<String> permis) {
        if (choix == null || choix.isEmpty()) {
            ajouter(champ, "organisme.erreur.au-moins-un");
        } else if (!permis.containsAll(choix)) {
            ajouter(champ, "organisme.erreur.choix-inconnu");
        }
    }
}
