package fr.vao.organisme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 1 of a personne morale (spec §2.5). Identity fields (raison sociale, nom commercial, forme juridique, adresse,
 * pays) come from INSEE; when INSEE could not answer they are typed by hand and the identity is "non vérifiée".
 *
 * @param porteurAgrement "Êtes-vous l'organisateur titulaire de l'agrément ?": the siège social; otherwise an
 *        établissement secondaire using its siège's agrément
 * @param siretSiege the siège's SIRET (the établissement principal) for an établissement secondaire
 */
public record RenseignementsMorale(boolean porteurAgrement, String siret, String siretSiege, String raisonSociale,
        String nomCommercial, String categorieJuridique, String adresse, String pays, String email, String telephone,
        List<RepresentantLegal> representants, Responsable responsable, boolean verifiee, Double latitude,
        Double longitude) {

    public RenseignementsMorale {
        representants = representants == null ? List.of() : List.copyOf(representants);
        responsable = responsable == null ? Responsable.VIDE : responsable;
    }

    public Erreurs erreurs() {
        Erreurs e = new Erreurs();
        e.texte("raisonSociale", raisonSociale, 200);
        e.optionnel("nomCommercial", nomCommercial, 200);
        e.texte("adresse", adresse, 300);
        e.texte("pays", pays, 60);
        e.email("email", email);
        e.telephone("telephone", telephone);
        if (categorieJuridique != null && !categorieJuridique.matches("[0-9]{4}")) {
            e.ajouter("categorieJuridique", "organisme.erreur.categorie-juridique");
        }
        if (representants.isEmpty()) {
            e.ajouter("representants", "organisme.erreur.representant-requis");
        }
        for (int i = 0; i < representants.size(); i++) {
            RepresentantLegal r = representants.get(i);
            e.texte("representants[" + i + "].nom", r.nom(), 200);
            e.optionnel("representants[" + i + "].prenom", r.prenom(), 100);
            e.texte("representants[" + i + "].fonction", r.fonction(), 100);
        }
        responsable.verifier(e);
        return e;
    }

    /** The fields as the synthèse and the history show them, labelled by messages organisme.champ.<key>. */
    public Map<String, String> champs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("porteurAgrement", porteurAgrement ? "Oui" : "Non");
        m.put("siret", siret);
        m.put("raisonSociale", raisonSociale);
        m.put("nomCommercial", nomCommercial);
        m.put("categorieJuridique", categorieJuridique);
        m.put("adresse", adresse);
        m.put("pays", pays);
        m.put("email", email);
        m.put("telephone", telephone);
        m.put("representants", String.join(" ; ", representants.stream().map(RepresentantLegal::toString).toList()));
        m.put("responsable.nom", responsable.nom());
        m.put("responsable.prenom", responsable.prenom());
        m.put("responsable.fonction", responsable.fonction());
        m.put("responsable.adresse", responsable.adresse());
        m.put("responsable.telephone", responsable.telephone());
        m.put("responsable.email", responsable.email());
        return m;
    }

    /** The fields whose change makes a new version of the identity (spec §3.3), the others are edited in place. */
    boolean memeIdentite(RenseignementsMorale autre) {
        return autre != null && java.util.Objects.equals(siret, autre.siret)
                && java.util.Objects.equals(raisonSociale, autre.raisonSociale)
                && java.util.Objects.equals(nomCommercial, autre.nomCommercial)
                && java.util.Objects.equals(categorieJuridique, autre.categorieJuridique)
                && java.util.Objects.equals(adresse, autre.adresse) && java.util.Objects.equals(pays, autre.pays);
    }
}
