package fr.vao.organisme.web;

import java.util.HashSet;
import java.util.Set;

import fr.vao.organisme.ProtocoleTransport;

/** Step 3 as posted. */
public class FormulaireTransport extends FormulaireProtocole {

    public Set<String> responsables = new HashSet<>();
    public Set<String> modes = new HashSet<>();
    public String precisionModeOrganisation;
    public Boolean deplacementDurantSejour;
    public Boolean vehiculesAdaptes;
    public String precisionVehicules;

    static FormulaireTransport de(ProtocoleTransport p) {
        FormulaireTransport f = new FormulaireTransport();
        f.responsables = new HashSet<>(p.responsables());
        f.modes = new HashSet<>(p.modes());
        f.precisionModeOrganisation = p.precisionModeOrganisation();
        f.deplacementDurantSejour = p.deplacementDurantSejour();
        f.vehiculesAdaptes = p.vehiculesAdaptes();
        f.precisionVehicules = p.precisionVehicules();
        return f;
    }

    ProtocoleTransport versDomaine() {
        return new ProtocoleTransport(responsables, modes, FormulaireMorale.net(precisionModeOrganisation),
                deplacementDurantSejour, vehiculesAdaptes, FormulaireMorale.net(precisionVehicules));
    }
}
