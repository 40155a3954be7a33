package fr.vao.agrement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * "J'ai déjà un agrément" (spec §2.6 A): numéro (≤ 30), date d'obtention (≤ today, ≥ today − 5 years), région
 * d'obtention, copy of the agrément (PDF, checked by the document module).
 */
public record DeclarationExistant(String numero, LocalDate dateObtention, String regionObtention) {

    /** A rule violation on a form field, with its message key. */
    public record Erreur(String champ, String cle) {
    }

    public List<Erreur> erreurs(LocalDate aujourdHui, Collection<String> regions) {
        List<Erreur> e = new ArrayList<>();
        if (numero == null || numero.isBlank()) {
            e.add(new Erreur("numero", "format.obligatoire"));
        } else if (numero.strip().length() > 30) {
            e.add(new Erreur("numero", "agrement.erreur.numero-long"));
        }
        if (dateObtention == null) {
            e.add(new Erreur("dateObtention", "agrement.erreur.date-obligatoire"));
        } else if (dateObtention.isAfter(aujourdHui)) {
            e.add(new Erreur("dateObtention", "agrement.erreur.date-future"));
        } else if (dateObtention.isBefore(aujourdHui.minusYears(Agrement.DUREE_ANNEES))) {
            e.add(new Erreur("dateObtention", "agrement.erreur.date-expiree"));
        }
        if (regionObtention == null || regionObtention.isBlank()) {
            e.add(new Erreur("regionObtention", "format.obligatoire"));
        } else if (!regions.contains(regionObtention)) {
            e.add(new Erreur("regionObtention", "agrement.erreur.region-inconnue"));
        }
        return e;
    }
}
