package fr.vao.organisme;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A change of one field of the fiche (the "Historique" tab), and how the changes are computed. */
public record Historique(Section section, String champ, String avant, String apres, String auteur,
        OffsetDateTime creeLe) {

    /** The fields whose value differs, in the order of {@code apres}. */
    static List<Historique> differences(Section section, Map<String, String> avant, Map<String, String> apres,
            String auteur, OffsetDateTime le) {
        List<Historique> changes = new ArrayList<>();
        apres.forEach((champ, valeur) -> {
            String ancienne = avant.get(champ);
            if (!Objects.equals(normaliser(ancienne), normaliser(valeur))) {
                changes.add(new Historique(section, champ, normaliser(ancienne), normaliser(valeur), auteur, le));
            }
        });
        return changes;
    }

    private static String normaliser(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
    }

    static String ouiNon(Boolean valeur) {
        return valeur == null ? null : valeur ? "Oui" : "Non";
    }

    /** Chosen values in their reference order, so that the same choice always reads the same. */
    static String liste(Collection<String> choix, List<String> ordre) {
        return String.join(", ", ordre.stream().filter(choix::contains).toList());
    }
}
