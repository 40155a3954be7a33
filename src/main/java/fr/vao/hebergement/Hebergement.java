package fr.vao.hebergement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One hébergement in its current version (spec §2.7): its status changes only through the methods below, which check
 * the transition (rule 47: editing an actif one makes a new version; a draft is edited in place).
 *
 * @param ligne the id of this version's row (what a declaration and the documents point to)
 * @param hebergementId the id shared by every version
 * @param version the optimistic lock, incremented at each change (also across versions)
 */
public record Hebergement(long ligne, UUID hebergementId, Statut statut, long organismeId, FicheHebergement fiche,
        int version, OffsetDateTime modifieLe) {

    /** What a save of the organiser's form does to the stored rows. */
    public enum Effet {
        /** the draft row is updated in place */
        EN_PLACE,
        /** a new row becomes the current version; the old one is kept, not current */
        NOUVELLE_VERSION
    }

    /** The outcome of a save: the status after it and how it is stored. */
    public record Enregistrement(Statut statut, Effet effet, FicheHebergement fiche) {
    }

    /** A new hébergement, as a draft or directly actif (then with full validation). */
    public static Enregistrement creer(FicheHebergement fiche, boolean activer, LocalDate aujourdhui) {
        verifier(fiche, activer, aujourdhui);
        return new Enregistrement(activer ? Statut.ACTIF : Statut.BROUILLON, Effet.EN_PLACE, fiche.normalise());
    }

    /**
     * A save of the form: a draft stays a draft (permissive) or becomes actif (full validation), in place; an actif
     * one is fully validated and becomes a new version; a désactivé one must be reactivated first.
     */
    public Enregistrement modifier(FicheHebergement nouvelle, boolean activer, LocalDate aujourdhui) {
        switch (statut) {
            case BROUILLON:
                verifier(nouvelle, activer, aujourdhui);
                return new Enregistrement(activer ? Statut.ACTIF : Statut.BROUILLON, Effet.EN_PLACE,
                        nouvelle.normalise());
            case ACTIF:
                verifier(nouvelle, true, aujourdhui);
                return new Enregistrement(Statut.ACTIF, Effet.NOUVELLE_VERSION, nouvelle.normalise());
            default:
                throw new TransitionInterditeException("hebergement.transition.modifier-desactive");
        }
    }

    /** actif → désactivé. */
    public Statut desactiver() {
        if (statut != Statut.ACTIF) {
            throw new TransitionInterditeException("hebergement.transition.desactiver");
        }
        return Statut.DESACTIVE;
    }

    /** désactivé → actif. */
    public Statut reactiver() {
        if (statut != Statut.DESACTIVE) {
            throw new TransitionInterditeException("hebergement.transition.reactiver");
        }
        return Statut.ACTIF;
    }

    private static void verifier(FicheHebergement fiche, boolean complet, LocalDate aujourdhui) {
        Erreurs erreurs = fiche.erreurs(aujourdhui, complet);
        if (!erreurs.aucune()) {
            throw new HebergementInvalideException(erreurs.liste());
        }
    }
}
