package fr.vao.agrement;

import java.util.Set;

/**
 * The filters of the agents' agrément list (spec §2.6): nom de l'organisme, SIRET, numéro (each contained, any
 * case), statuts (none: all but drafts, which are the organiser's).
 */
public record FiltreAgrements(String nom, String siret, String numero, Set<StatutAgrement> statuts) {

    public FiltreAgrements {
        statuts = statuts == null ? Set.of() : Set.copyOf(statuts);
    }

    public boolean choisi(StatutAgrement s) {
        return statuts.contains(s);
    }
}
