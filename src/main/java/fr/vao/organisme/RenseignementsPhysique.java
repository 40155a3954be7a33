package fr.vao.organisme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Step 1 of a personne physique (spec §2.5).
 *
 * @param profession a NAF section letter (A to U)
 * @param adresseIdentique the siège des activités is the home address
 */
public record RenseignementsPhysique(String siret, String nomNaissance, String nomUsage, String prenom,
        String profession, String telephone, String adresseDomicile, boolean adresseIdentique, String adresseSiege,
        boolean verifiee, Double latitude, Double longitude) {

    public Erreurs erreurs() {
        Erreurs e = new Erreurs();
        e.nom("nomNaissance", nomNaissance);
        if (!Erreurs.vide(nomUsage)) {
            e.nom("nomUsage", nomUsage);
        }
        e.prenom("prenom", prenom);
        if (Erreurs.vide(profession)) {
            e.ajouter("profession", "format.obligatoire");
        } else if (!SectionsNaf.existe(profession)) {
            e.ajouter("profession", "organisme.erreur.choix-inconnu");
        }
        e.telephone("telephone", telephone);
        e.texte("adresseDomicile", adresseDomicile, 300);
        if (!adresseIdentique) {
            e.texte("adresseSiege", adresseSiege, 300);
        }
        return e;
    }

    /** The siège des activités: the home address when "identique". */
    public String siegeActivites() {
        return adresseIdentique ? adresseDomicile : adresseSiege;
    }

    /** The fields as the synthèse and the history show them, labelled by messages organisme.champ.<key>. */
    public Map<String, String> champs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("siret", siret);
        m.put("nomNaissance", nomNaissance);
        m.put("nomUsage", nomUsage);
        m.put("prenom", prenom);
        m.put("profession", profession);
        m.put("telephone", telephone);
        m.put("adresseDomicile", adresseDomicile);
        m.put("adresseIdentique", adresseIdentique ? "Oui" : "Non");
        m.put("adresseSiege", adresseIdentique ? null : adresseSiege);
        return m;
    }

    boolean memeIdentite(RenseignementsPhysique autre) {
        return autre != null && Objects.equals(siret, autre.siret) && Objects.equals(nomNaissance, autre.nomNaissance)
                && Objects.equals(nomUsage, autre.nomUsage) && Objects.equals(prenom, autre.prenom)
                && Objects.equals(siegeActivites(), autre.siegeActivites());
    }
}
