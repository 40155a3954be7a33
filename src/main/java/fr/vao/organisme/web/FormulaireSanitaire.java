package fr.vao.organisme.web;

import static fr.vao.organisme.web.FormulaireMorale.net;

import java.util.HashSet;
import java.util.Set;

import fr.vao.organisme.ProtocoleSanitaire;

/** Step 4 as posted. */
public class FormulaireSanitaire extends FormulaireProtocole {

    public Boolean dispositionsSpecifiques;
    public String precisionDispositions;
    public Set<String> constitutionEquipe = new HashSet<>();
    public String precisionEquipe;
    public Boolean accordCabinet;
    public String precisionCabinet;
    public Boolean troussePharmacie;
    public Set<String> responsablesMedicaments = new HashSet<>();
    public String precisionMedicaments;
    public Boolean stockageSecurise;
    public String precisionStockage;
    public Boolean conservationThermosensibles;
    public Boolean individualisationTraitements;
    public String precisionIndividualisation;
    public String preparationPiluliers;
    public String precisionPiluliers;
    public Boolean prescriptionJointe;
    public Boolean protocoleModification;
    public String precisionModification;
    public Boolean ficheSuivi;
    public Boolean protocoleEvacuation;
    public String precisionEvacuation;
    public Boolean protocoleAccident;
    public String precisionAccident;
    public Boolean protocoleReorientation;
    public String precisionReorientation;
    public Boolean protocoleCanicule;
    public String precisionCanicule;
    public String gestionBudgetPersonnel;

    static FormulaireSanitaire de(ProtocoleSanitaire p) {
        FormulaireSanitaire f = new FormulaireSanitaire();
        f.dispositionsSpecifiques = p.dispositionsSpecifiques();
        f.precisionDispositions = p.precisionDispositions();
        f.constitutionEquipe = new HashSet<>(p.constitutionEquipe());
        f.precisionEquipe = p.precisionEquipe();
        f.accordCabinet = p.accordCabinet();
        f.precisionCabinet = p.precisionCabinet();
        f.troussePharmacie = p.troussePharmacie();
        f.responsablesMedicaments = new HashSet<>(p.responsablesMedicaments());
        f.precisionMedicaments = p.precisionMedicaments();
        f.stockageSecurise = p.stockageSecurise();
        f.precisionStockage = p.precisionStockage();
        f.conservationThermosensibles = p.conservationThermosensibles();
        f.individualisationTraitements = p.individualisationTraitements();
        f.precisionIndividualisation = p.precisionIndividualisation();
        f.preparationPiluliers = p.preparationPiluliers();
        f.precisionPiluliers = p.precisionPiluliers();
        f.prescriptionJointe = p.prescriptionJointe();
        f.protocoleModification = p.protocoleModification();
        f.precisionModification = p.precisionModification();
        f.ficheSuivi = p.ficheSuivi();
        f.protocoleEvacuation = p.protocoleEvacuation();
        f.precisionEvacuation = p.precisionEvacuation();
        f.protocoleAccident = p.protocoleAccident();
        f.precisionAccident = p.precisionAccident();
        f.protocoleReorientation = p.protocoleReorientation();
        f.precisionReorientation = p.precisionReorientation();
        f.protocoleCanicule = p.protocoleCanicule();
        f.precisionCanicule = p.precisionCanicule();
        f.gestionBudgetPersonnel = p.gestionBudgetPersonnel();
        return f;
    }

    ProtocoleSanitaire versDomaine() {
        return new ProtocoleSanitaire(dispositionsSpecifiques, net(precisionDispositions), constitutionEquipe,
                net(precisionEquipe), accordCabinet, net(precisionCabinet), troussePharmacie, responsablesMedicaments,
                net(precisionMedicaments), stockageSecurise, net(precisionStockage), conservationThermosensibles,
                individualisationTraitements, net(precisionIndividualisation), net(preparationPiluliers),
                net(precisionPiluliers), prescriptionJointe, protocoleModification, net(precisionModification),
                ficheSuivi, protocoleEvacuation, net(precisionEvacuation), protocoleAccident, net(precisionAccident),
                protocoleReorientation, net(precisionReorientation), protocoleCanicule, net(precisionCanicule),
                net(gestionBudgetPersonnel));
    }
}
