package fr.vao.hebergement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vao.territoire.Adresses;
import fr.vao.territoire.Communes;

/**
 * Resolves the address of the form on the server (spec §2.7, ADR 0012): the text chosen in the API Adresse
 * suggestions (or typed without JavaScript, then the best match), or, when the address is not found or the API is
 * down, the manual form (voie, code postal, commune of the reference data). The département always comes from the
 * commune, never from what was typed.
 */
@Component
public class ResolutionAdresses {

    /** What the form posted about the address. */
    public record Saisie(String texte, String cleBan, boolean manuelle, String voie, String codePostal,
            String commune, String codeInsee) {
    }

    /**
     * The outcome: the address (null when nothing was given), or errors keyed by field; {@code candidates} are the
     * communes to choose from when the name and postal code match several.
     */
    public record Resultat(AdresseHebergement adresse, Erreurs erreurs, List<Communes.Commune> candidates,
            boolean indisponible) {
    }

    private final Adresses adresses;
    private final Communes communes;

    ResolutionAdresses(Adresses adresses, Communes communes) {
        this.adresses = adresses;
        this.communes = communes;
    }

    /**
     * @param actuelle the address stored so far: kept as is when the text did not change (no API call)
     */
    public Resultat resoudre(Saisie s, AdresseHebergement actuelle) {
        Erreurs e = new Erreurs();
        if (s.manuelle()) {
            return manuelle(s, e);
        }
        if (Erreurs.vide(s.texte())) {
            return new Resultat(null, e, List.of(), false);
        }
        String texte = s.texte().strip();
        if (actuelle != null && texte.equals(actuelle.label())) {
            return new Resultat(actuelle, e, List.of(), false);
        }
        Adresses.Recherche r = adresses.rechercher(texte, 5);
        if (r instanceof Adresses.Recherche.Indisponible) {
            e.ajouter("adresse", "hebergement.erreur.adresse-indisponible");
            return new Resultat(null, e, List.of(), true);
        }
        List<Adresses.Adresse> trouvees = ((Adresses.Recherche.Trouvees) r).adresses();
        Optional<Adresses.Adresse> choisie = trouvees.stream()
                .filter(a -> s.cleBan() != null && s.cleBan().equals(a.cleBan())).findFirst()
                .or(() -> trouvees.stream().filter(a -> texte.equalsIgnoreCase(a.libelle())).findFirst())
                .or(() -> trouvees.stream().findFirst());
        Optional<Communes.Commune> commune = choisie.flatMap(a -> communes.trouver(a.codeInsee()));
        if (choisie.isEmpty() || commune.isEmpty()) {
            e.ajouter("adresse", "hebergement.erreur.adresse-introuvable");
            return new Resultat(null, e, List.of(), false);
        }
        Adresses.Adresse a = choisie.get();
        return new Resultat(new AdresseHebergement(a.libelle(), a.codeInsee(), a.codePostal(),
                commune.get().departement(), a.latitude(), a.longitude(), a.cleBan()), e, List.of(), false);
    }

    private Resultat manuelle(Saisie s, Erreurs e) {
        String voie = Erreurs.vide(s.voie()) ? null : s.voie().strip();
        String cp = Erreurs.vide(s.codePostal()) ? null : s.codePostal().strip();
        if (voie == null) {
            e.ajouter("voie", "format.obligatoire");
        } else if (voie.length() > 200) {
            e.ajouter("voie", "hebergement.erreur.trop-long.200");
        }
        if (cp == null || !cp.matches("[0-9]{5}")) {
            e.ajouter("codePostal", "hebergement.erreur.code-postal");
        }
        List<Communes.Commune> candidates = List.of();
        Communes.Commune commune = null;
        if (cp != null && cp.matches("[0-9]{5}")) {
            if (!Erreurs.vide(s.codeInsee())) {
                commune = communes.trouver(s.codeInsee()).filter(c -> c.codesPostaux().contains(cp)).orElse(null);
            }
            if (commune == null && !Erreurs.vide(s.commune())) {
                String nom = s.commune().strip();
                candidates = communes.rechercher(nom, null, 100).stream()
                        .filter(c -> c.codesPostaux().contains(cp)).toList();
                List<Communes.Commune> exactes = candidates.stream()
                        .filter(c -> c.nom().toLowerCase(Locale.ROOT).equals(nom.toLowerCase(Locale.ROOT))).toList();
                if (exactes.size() == 1) {
                    commune = exactes.get(0);
                } else if (candidates.size() == 1) {
                    commune = candidates.get(0);
                }
            }
            if (commune == null) {
                e.ajouter(candidates.size() > 1 ? "codeInsee" : "commune",
                        candidates.size() > 1 ? "hebergement.erreur.commune-a-choisir"
                                : "hebergement.erreur.commune-introuvable");
            }
        }
        if (!e.aucune()) {
            return new Resultat(null, e, candidates.size() > 1 ? candidates : List.of(), false);
        }
        String label = voie + " " + cp + " " + commune.nom();
        return new Resultat(new AdresseHebergement(label, commune.code(), cp, commune.departement(), null, null, null),
                e, List.of(), false);
    }
}
