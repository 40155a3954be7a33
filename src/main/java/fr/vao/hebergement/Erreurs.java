package fr.vao.hebergement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.vao.compte.Formats;

/** The rule violations of an hébergement, each on a form field with its message key. */
public final class Erreurs {

    /** One violation: the field as the form names it, and the message key. */
    public record Erreur(String champ, String cle) {
    }

    static final int TEXTE_MIN = 5;
    private static final Pattern TELEPHONE = Pattern.compile(Formats.TELEPHONE);
    private static final Pattern EMAIL = Pattern.compile(Formats.EMAIL);

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

    public void ajouter(String champ, String cle) {
        liste.add(new Erreur(champ, cle));
    }

    static boolean vide(String valeur) {
        return valeur == null || valeur.isBlank();
    }

    /** Required when {@code complet}; at most {@code max} characters always. */
    void texte(String champ, String valeur, int max, boolean complet) {
        if (vide(valeur)) {
            if (complet) {
                ajouter(champ, "format.obligatoire");
            }
        } else if (valeur.strip().length() > max) {
            ajouter(champ, "hebergement.erreur.trop-long." + max);
        }
    }

    /** A description required when {@code complet}: at least 5 characters, at most {@code max}. */
    void description(String champ, String valeur, int max, boolean complet) {
        if (vide(valeur)) {
            if (complet) {
                ajouter(champ, "hebergement.erreur.description");
            }
        } else if (valeur.strip().length() < TEXTE_MIN) {
            ajouter(champ, "hebergement.erreur.description");
        } else if (valeur.strip().length() > max) {
            ajouter(champ, "hebergement.erreur.trop-long." + max);
        }
    }

    void telephone(String champ, String valeur, boolean obligatoire) {
        if (vide(valeur)) {
            if (obligatoire) {
                ajouter(champ, "format.obligatoire");
            }
        } else if (!TELEPHONE.matcher(valeur.strip()).matches()) {
            ajouter(champ, "format.telephone");
        }
    }

    void email(String champ, String valeur) {
        if (!vide(valeur) && (valeur.strip().length() > 255 || !EMAIL.matcher(valeur.strip()).matches())) {
            ajouter(champ, "format.email");
        }
    }

    void ouiNon(String champ, Boolean valeur, boolean complet) {
        if (complet && valeur == null) {
            ajouter(champ, "hebergement.erreur.oui-non");
        }
    }

    void choix(String champ, String valeur, List<String> permis, boolean complet) {
        if (vide(valeur)) {
            if (complet) {
                ajouter(champ, "hebergement.erreur.choix");
            }
        } else if (!permis.contains(valeur)) {
            ajouter(champ, "hebergement.erreur.choix-inconnu");
        }
    }

    void nombre(String champ, Integer valeur, int min, int max, boolean obligatoire) {
        if (valeur == null) {
            if (obligatoire) {
                ajouter(champ, "hebergement.erreur.nombre");
            }
        } else if (valeur < min || valeur > max) {
            ajouter(champ, "hebergement.erreur.nombre-hors-bornes." + champ);
        }
    }
}
