package fr.vao.organisme.web;

import fr.vao.organisme.IdentiteInsee;
import fr.vao.organisme.RenseignementsPhysique;

/** Step 1 of a personne physique as posted. */
public class FormulairePhysique {

    public Integer version;
    public String nomNaissance;
    public String nomUsage;
    public String prenom;
    public String profession;
    public String telephone;
    public String adresseDomicile;
    public boolean adresseIdentique;
    public String adresseSiege;

    static FormulairePhysique de(RenseignementsPhysique r, int version) {
        FormulairePhysique f = new FormulairePhysique();
        f.version = version;
        f.nomNaissance = r.nomNaissance();
        f.nomUsage = r.nomUsage();
        f.prenom = r.prenom();
        f.profession = r.profession();
        f.telephone = r.telephone();
        f.adresseDomicile = r.adresseDomicile();
        f.adresseIdentique = r.adresseIdentique();
        f.adresseSiege = r.adresseSiege();
        return f;
    }

    /** INSEE's names and activity address win over what was posted when it answered. */
    RenseignementsPhysique versDomaine(String siret, IdentiteInsee insee) {
        String n = FormulaireMorale.net(nomNaissance);
        String u = FormulaireMorale.net(nomUsage);
        String p = FormulaireMorale.net(prenom);
        if (insee != null && insee.nomNaissance() != null) {
            n = insee.nomNaissance();
            u = insee.nomUsage();
            p = insee.prenom();
        }
        return new RenseignementsPhysique(siret, n, u, p, FormulaireMorale.net(profession),
                FormulaireMorale.net(telephone), FormulaireMorale.net(adresseDomicile), adresseIdentique,
                FormulaireMorale.net(adresseSiege), insee != null, insee == null ? null : insee.latitude(),
                insee == null ? null : insee.longitude());
    }
}
