package fr.vao.agrement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;

/**
 * An agrément request as its organiser sees it: its state, content, documents, timer, history, what is missing for
 * the transmission and the agent's last requests of complements or corrections.
 *
 * @param incomplets the strict rules' errors by step (empty: it may be transmitted)
 * @param demandesAgent the comments of the agent's requests (VERIFICATION entries), the most recent first
 */
public record DemandeOrganisateur(DemandeAgrement demande, DossierAgrement dossier, List<DocumentStocke> documents,
        Optional<DelaiSva> delai, List<EntreeHistoriqueAgrement> historique,
        Map<EtapeAgrement, List<DeclarationExistant.Erreur>> incomplets,
        List<EntreeHistoriqueAgrement> demandesAgent, boolean personneMorale) {

    public List<EtapeAgrement> etapes() {
        return EtapeAgrement.de(demande.renouvellement());
    }

    public boolean modifiable() {
        return demande.statut().modifiable();
    }

    public boolean complete() {
        return incomplets.isEmpty();
    }

    public boolean incomplete(EtapeAgrement e) {
        return incomplets.containsKey(e);
    }

    public List<DocumentStocke> documents(Categorie c) {
        return documents.stream().filter(d -> d.categorie() == c).toList();
    }

    public List<DocumentStocke> documents(EtapeAgrement e) {
        return documents.stream().filter(d -> e.categories().contains(d.categorie())).toList();
    }

    /**
     * The message key of a form field's label, for the synthèse's list of what is missing: a file category's label
     * for {@code pieces[CATEGORY]}, else the field's last name in kebab case ({@code annees[0].nbVacanciers} →
     * {@code agrement.champ.nb-vacanciers}).
     */
    public String libelle(String champ) {
        if (champ.startsWith("pieces[")) {
            return "agrement.document." + champ.substring(7, champ.length() - 1);
        }
        String dernier = champ.substring(champ.lastIndexOf('.') + 1).replaceAll("\\[.*\\]", "");
        return "agrement.champ." + dernier.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
