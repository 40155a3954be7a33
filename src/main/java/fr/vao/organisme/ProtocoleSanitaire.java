package fr.vao.organisme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.vao.document.Categorie;

/**
 * Step 4, "Informations sanitaires" (spec §2.5): every Oui/Non is required and every conditional précision has at
 * least 5 characters.
 */
public record ProtocoleSanitaire(Boolean dispositionsSpecifiques, String precisionDispositions,
        Set<String> constitutionEquipe, String precisionEquipe, Boolean accordCabinet, String precisionCabinet,
        Boolean troussePharmacie, Set<String> responsablesMedicaments, String precisionMedicaments,
        Boolean stockageSecurise, String precisionStockage, Boolean conservationThermosensibles,
        Boolean individualisationTraitements, String precisionIndividualisation, String preparationPiluliers,
        String precisionPiluliers, Boolean prescriptionJointe, Boolean protocoleModification,
        String precisionModification, Boolean ficheSuivi, Boolean protocoleEvacuation, String precisionEvacuation,
        Boolean protocoleAccident, String precisionAccident, Boolean protocoleReorientation,
        String precisionReorientation, Boolean protocoleCanicule, String precisionCanicule,
        String gestionBudgetPersonnel) implements Protocole {

    public static final List<String> EQUIPE = List.of("personne_formee", "infirmier", "aide_soignant");
    public static final List<String> RESPONSABLES_MEDICAMENTS = List.of("responsable_sejour", "accompagnant",
            "professionnel_sante");
    public static final List<String> PILULIERS = List.of("aucune", "prepares_prealablement", "au_fur_et_a_mesure");

    public ProtocoleSanitaire {
        constitutionEquipe = constitutionEquipe == null ? Set.of() : Set.copyOf(constitutionEquipe);
        responsablesMedicaments = responsablesMedicaments == null ? Set.of() : Set.copyOf(responsablesMedicaments);
    }

    @Override
    public Section section() {
        return Section.SANITAIRE;
    }

    @Override
    public Categorie categorieDocuments() {
        return Categorie.PROTOCOLE_SANITAIRE;
    }

    @Override
    public Erreurs erreurs() {
        Erreurs e = new Erreurs();
        ouiAvecPrecision(e, "dispositionsSpecifiques", dispositionsSpecifiques, "precisionDispositions",
                precisionDispositions);
        if (!EQUIPE.containsAll(constitutionEquipe)) {
            e.ajouter("constitutionEquipe", "organisme.erreur.choix-inconnu");
        } else if (!constitutionEquipe.isEmpty()) {
            e.precision("precisionEquipe", precisionEquipe);
        }
        ouiAvecPrecision(e, "accordCabinet", accordCabinet, "precisionCabinet", precisionCabinet);
        e.ouiNon("troussePharmacie", troussePharmacie);
        e.auMoinsUn("responsablesMedicaments", responsablesMedicaments, RESPONSABLES_MEDICAMENTS);
        if (!responsablesMedicaments.isEmpty()) {
            e.precision("precisionMedicaments", precisionMedicaments);
        }
        ouiAvecPrecision(e, "stockageSecurise", stockageSecurise, "precisionStockage", precisionStockage);
        e.ouiNon("conservationThermosensibles", conservationThermosensibles);
        ouiAvecPrecision(e, "individualisationTraitements", individualisationTraitements,
                "precisionIndividualisation", precisionIndividualisation);
        if (Erreurs.vide(preparationPiluliers)) {
            e.ajouter("preparationPiluliers", "format.obligatoire");
        } else if (!PILULIERS.contains(preparationPiluliers)) {
            e.ajouter("preparationPiluliers", "organisme.erreur.choix-inconnu");
        } else if (!"aucune".equals(preparationPiluliers)) {
            e.precision("precisionPiluliers", precisionPiluliers);
        }
        e.ouiNon("prescriptionJointe", prescriptionJointe);
        ouiAvecPrecision(e, "protocoleModification", protocoleModification, "precisionModification",
                precisionModification);
        e.ouiNon("ficheSuivi", ficheSuivi);
        ouiAvecPrecision(e, "protocoleEvacuation", protocoleEvacuation, "precisionEvacuation", precisionEvacuation);
        ouiAvecPrecision(e, "protocoleAccident", protocoleAccident, "precisionAccident", precisionAccident);
        ouiAvecPrecision(e, "protocoleReorientation", protocoleReorientation, "precisionReorientation",
                precisionReorientation);
        ouiAvecPrecision(e, "protocoleCanicule", protocoleCanicule, "precisionCanicule", precisionCanicule);
        e.texte("gestionBudgetPersonnel", gestionBudgetPersonnel, 2000);
        return e;
    }

    private static void ouiAvecPrecision(Erreurs e, String champ, Boolean reponse, String champPrecision,
            String precision) {
        e.ouiNon(champ, reponse);
        if (Boolean.TRUE.equals(reponse)) {
            e.precision(champPrecision, precision);
        }
    }

    /** The protocol as stored: précisions of a "Non" (or of an empty choice) are dropped. */
    @Override
    public ProtocoleSanitaire normalise() {
        return new ProtocoleSanitaire(dispositionsSpecifiques, si(dispositionsSpecifiques, precisionDispositions),
                constitutionEquipe, constitutionEquipe.isEmpty() ? null : precisionEquipe, accordCabinet,
                si(accordCabinet, precisionCabinet), troussePharmacie, responsablesMedicaments,
                responsablesMedicaments.isEmpty() ? null : precisionMedicaments, stockageSecurise,
                si(stockageSecurise, precisionStockage), conservationThermosensibles, individualisationTraitements,
                si(individualisationTraitements, precisionIndividualisation), preparationPiluliers,
                "aucune".equals(preparationPiluliers) ? null : precisionPiluliers, prescriptionJointe,
                protocoleModification, si(protocoleModification, precisionModification), ficheSuivi,
                protocoleEvacuation, si(protocoleEvacuation, precisionEvacuation), protocoleAccident,
                si(protocoleAccident, precisionAccident), protocoleReorientation,
                si(protocoleReorientation, precisionReorientation), protocoleCanicule,
                si(protocoleCanicule, precisionCanicule), gestionBudgetPersonnel);
    }

    private static String si(Boolean reponse, String precision) {
        return Boolean.TRUE.equals(reponse) ? precision : null;
    }

    /** The fields as the synthèse and the history show them, labelled by messages organisme.champ.<key>. */
    @Override
    public Map<String, String> champs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dispositionsSpecifiques", Historique.ouiNon(dispositionsSpecifiques));
        m.put("precisionDispositions", precisionDispositions);
        m.put("constitutionEquipe", Historique.liste(constitutionEquipe, EQUIPE));
        m.put("precisionEquipe", precisionEquipe);
        m.put("accordCabinet", Historique.ouiNon(accordCabinet));
        m.put("precisionCabinet", precisionCabinet);
        m.put("troussePharmacie", Historique.ouiNon(troussePharmacie));
        m.put("responsablesMedicaments", Historique.liste(responsablesMedicaments, RESPONSABLES_MEDICAMENTS));
        m.put("precisionMedicaments", precisionMedicaments);
        m.put("stockageSecurise", Historique.ouiNon(stockageSecurise));
        m.put("precisionStockage", precisionStockage);
        m.put("conservationThermosensibles", Historique.ouiNon(conservationThermosensibles));
        m.put("individualisationTraitements", Historique.ouiNon(individualisationTraitements));
        m.put("precisionIndividualisation", precisionIndividualisation);
        m.put("preparationPiluliers", preparationPiluliers);
        m.put("precisionPiluliers", precisionPiluliers);
        m.put("prescriptionJointe", Historique.ouiNon(prescriptionJointe));
        m.put("protocoleModification", Historique.ouiNon(protocoleModification));
        m.put("precisionModification", precisionModification);
        m.put("ficheSuivi", Historique.ouiNon(ficheSuivi));
        m.put("protocoleEvacuation", Historique.ouiNon(protocoleEvacuation));
        m.put("precisionEvacuation", precisionEvacuation);
        m.put("protocoleAccident", Historique.ouiNon(protocoleAccident));
        m.put("precisionAccident", precisionAccident);
        m.put("protocoleReorientation", Historique.ouiNon(protocoleReorientation));
        m.put("precisionReorientation", precisionReorientation);
        m.put("protocoleCanicule", Historique.ouiNon(protocoleCanicule));
        m.put("precisionCanicule", precisionCanicule);
        m.put("gestionBudgetPersonnel", gestionBudgetPersonnel);
        return m;
    }
}
