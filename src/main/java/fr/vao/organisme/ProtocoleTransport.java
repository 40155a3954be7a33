package fr.vao.organisme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.vao.document.Categorie;

/** Step 3, "Informations sur le transport" (spec §2.5), with its conditional rules. */
public record ProtocoleTransport(Set<String> responsables, Set<String> modes, String precisionModeOrganisation,
        Boolean deplacementDurantSejour, Boolean vehiculesAdaptes, String precisionVehicules) implements Protocole {

    public static final List<String> RESPONSABLES = List.of("vacanciers", "organisateur");
    public static final List<String> MODES = List.of("avion", "train", "autocar", "automobile", "bateau", "autre");

    public ProtocoleTransport {
        responsables = responsables == null ? Set.of() : Set.copyOf(responsables);
        modes = modes == null ? Set.of() : Set.copyOf(modes);
    }

    public boolean parOrganisateur() {
        return responsables.contains("organisateur");
    }

    /** Whether "Les véhicules utilisés sont-ils adaptés ?" must be answered. */
    public boolean questionVehicules() {
        return Boolean.TRUE.equals(deplacementDurantSejour)
                || parOrganisateur() && (modes.contains("autocar") || modes.contains("automobile"));
    }

    @Override
    public Section section() {
        return Section.TRANSPORT;
    }

    @Override
    public Categorie categorieDocuments() {
        return Categorie.PROTOCOLE_TRANSPORT;
    }

    @Override
    public Erreurs erreurs() {
        Erreurs e = new Erreurs();
        e.auMoinsUn("responsables", responsables, RESPONSABLES);
        if (parOrganisateur()) {
            e.auMoinsUn("modes", modes, MODES);
            e.precision("precisionModeOrganisation", precisionModeOrganisation);
        }
        e.ouiNon("deplacementDurantSejour", deplacementDurantSejour);
        if (questionVehicules()) {
            e.ouiNon("vehiculesAdaptes", vehiculesAdaptes);
            if (Boolean.TRUE.equals(vehiculesAdaptes)) {
                e.precision("precisionVehicules", precisionVehicules);
            }
        }
        return e;
    }

    /** The protocol as stored: answers that the rules make irrelevant are dropped. */
    @Override
    public ProtocoleTransport normalise() {
        boolean orga = parOrganisateur();
        boolean vehicules = questionVehicules();
        return new ProtocoleTransport(responsables, orga ? modes : Set.of(), orga ? precisionModeOrganisation : null,
                deplacementDurantSejour, vehicules ? vehiculesAdaptes : null,
                vehicules && Boolean.TRUE.equals(vehiculesAdaptes) ? precisionVehicules : null);
    }

    /** The fields as the synthèse and the history show them, labelled by messages organisme.champ.<key>. */
    @Override
    public Map<String, String> champs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("responsables", Historique.liste(responsables, RESPONSABLES));
        m.put("modes", Historique.liste(modes, MODES));
        m.put("precisionModeOrganisation", precisionModeOrganisation);
        m.put("deplacementDurantSejour", Historique.ouiNon(deplacementDurantSejour));
        m.put("vehiculesAdaptes", Historique.ouiNon(vehiculesAdaptes));
        m.put("precisionVehicules", precisionVehicules);
        return m;
    }
}
