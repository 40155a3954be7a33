package fr.vao.organisme.web;

import java.util.ArrayList;
import java.util.List;

import fr.vao.organisme.IdentiteInsee;
import fr.vao.organisme.RenseignementsMorale;
import fr.vao.organisme.RepresentantLegal;
import fr.vao.organisme.Responsable;

/** Step 1 of a personne morale as posted (fields bound directly; the rules live in {@link RenseignementsMorale}). */
public class FormulaireMorale {

    public Integer version;
    public Boolean porteurAgrement;
    public String raisonSociale;
    public String nomCommercial;
    public String categorieJuridique;
    public String adresse;
    public String pays = "France";
    public String email;
    public String telephone;
    public List<Representant> representants = new ArrayList<>(List.of(new Representant()));
    public Personne responsable = new Personne();

    public static class Representant {
        public String nom;
        public String prenom;
        public String fonction;
    }

    public static class Personne {
        public String nom;
        public String prenom;
        public String fonction;
        public String adresse;
        public String telephone;
        public String email;
    }

    static FormulaireMorale de(RenseignementsMorale r, int version) {
        FormulaireMorale f = new FormulaireMorale();
        f.version = version;
        f.porteurAgrement = r.porteurAgrement();
        f.raisonSociale = r.raisonSociale();
        f.nomCommercial = r.nomCommercial();
        f.categorieJuridique = r.categorieJuridique();
        f.adresse = r.adresse();
        f.pays = r.pays();
        f.email = r.email();
        f.telephone = r.telephone();
        f.representants = new ArrayList<>(r.representants().stream().map(rep -> {
            Representant x = new Representant();
            x.nom = rep.nom();
            x.prenom = rep.prenom();
            x.fonction = rep.fonction();
            return x;
        }).toList());
        Responsable p = r.responsable();
        f.responsable.nom = p.nom();
        f.responsable.prenom = p.prenom();
        f.responsable.fonction = p.fonction();
        f.responsable.adresse = p.adresse();
        f.responsable.telephone = p.telephone();
        f.responsable.email = p.email();
        return f;
    }

    /**
     * The renseignements to save. The identity comes from INSEE when it answered ({@code insee} not null), whatever
     * was posted; it is typed by hand, and "non vérifiée", only when INSEE could not answer.
     */
    RenseignementsMorale versDomaine(String siret, IdentiteInsee insee) {
        List<RepresentantLegal> reps = representants.stream().filter(r -> !vide(r))
                .map(r -> new RepresentantLegal(net(r.nom), net(r.prenom), net(r.fonction))).toList();
        Responsable resp = new Responsable(net(responsable.nom), net(responsable.prenom), net(responsable.fonction),
                net(responsable.adresse), net(responsable.telephone), net(responsable.email));
        boolean porteur = Boolean.TRUE.equals(porteurAgrement);
        if (insee != null) {
            return new RenseignementsMorale(porteur, siret, null, insee.raisonSociale(), insee.nomCommercial(),
                    insee.categorieJuridique(), insee.adresse(), insee.pays(), net(email), net(telephone), reps, resp,
                    true, insee.latitude(), insee.longitude());
        }
        return new RenseignementsMorale(porteur, siret, null, net(raisonSociale), net(nomCommercial),
                net(categorieJuridique), net(adresse), net(pays), net(email), net(telephone), reps, resp, false, null,
                null);
    }

    private static boolean vide(Representant r) {
        return net(r.nom) == null && net(r.prenom) == null && net(r.fonction) == null;
    }

    static String net(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
    }
}
