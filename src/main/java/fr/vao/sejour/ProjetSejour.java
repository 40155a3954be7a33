package fr.vao.sejour;

import java.util.List;
import java.util.Set;

/**
 * Step 4, "Projet de séjour" (spec §2.8.3): at least one destination (the reference checked it only in its screen),
 * activities chosen among the lists.
 */
public record ProjetSejour(Set<String> destinations, Set<String> activitesSportives,
        Set<String> activitesCulturelles, Set<String> activitesBienEtre, String activitesPersonnel) {

    public static final List<String> DESTINATIONS = List.of("mer", "montagne", "campagne", "sejour_a_theme",
            "etranger");
    public static final List<String> SPORTIVES = List.of("baignade", "randonnee", "voile", "tir_arc", "ulm",
            "equitation", "ski", "sports_nautiques", "peche", "autres");
    public static final List<String> CULTURELLES = List.of("visites", "spectacles", "musique", "theatre",
            "arts_plastiques", "danse", "chant", "soirees_dansantes", "ferme_pedagogique", "autres");
    public static final List<String> BIEN_ETRE = List.of("thalassotherapie", "balneotherapie", "autre");

    public ProjetSejour {
        destinations = destinations == null ? Set.of() : Set.copyOf(destinations);
        activitesSportives = activitesSportives == null ? Set.of() : Set.copyOf(activitesSportives);
        activitesCulturelles = activitesCulturelles == null ? Set.of() : Set.copyOf(activitesCulturelles);
        activitesBienEtre = activitesBienEtre == null ? Set.of() : Set.copyOf(activitesBienEtre);
    }

    public static ProjetSejour vide() {
        return new ProjetSejour(Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    public Erreurs erreurs() {
        Erreurs e = new Erreurs();
        e.auMoinsUn("destinations", destinations, DESTINATIONS);
        e.parmi("activitesSportives", activitesSportives, SPORTIVES);
        e.parmi("activitesCulturelles", activitesCulturelles, CULTURELLES);
        e.parmi("activitesBienEtre", activitesBienEtre, BIEN_ETRE);
        e.optionnel("activitesPersonnel", activitesPersonnel, 2000);
        return e;
    }
}
