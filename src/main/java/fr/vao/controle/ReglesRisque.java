package fr.vao.controle;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.env.Environment;

/**
 * The weights of the criteria and the two thresholds of the risk score (ADR 0029), from the properties
 * {@code vao.controle.poids.<critere>}, {@code vao.controle.seuil.vacanciers-par-personnel} and
 * {@code vao.controle.seuil.grand-groupe}, with their documented defaults.
 *
 * @param vacanciersParPersonnel "few staff" above this many vacanciers per member of staff
 * @param grandGroupe "large group" from this many vacanciers
 */
public record ReglesRisque(Map<CritereRisque, Integer> poids, int vacanciersParPersonnel, int grandGroupe) {

    public static final String PREFIXE_POIDS = "vao.controle.poids.";
    public static final int VACANCIERS_PAR_PERSONNEL = 4;
    public static final int GRAND_GROUPE = 20;

    public ReglesRisque {
        Map<CritereRisque, Integer> complet = new EnumMap<>(CritereRisque.class);
        for (CritereRisque c : CritereRisque.values()) {
            Integer p = poids.get(c);
            if (p != null && p < 0) {
                throw new IllegalArgumentException(PREFIXE_POIDS + c.propriete() + " : un poids est positif ou nul");
            }
            complet.put(c, c.configurable() && p != null ? p : c.poidsParDefaut());
        }
        poids = Map.copyOf(complet);
        if (vacanciersParPersonnel < 1 || grandGroupe < 1) {
            throw new IllegalArgumentException("vao.controle.seuil.* : un seuil est au moins 1");
        }
    }

    public static ReglesRisque parDefaut() {
        return new ReglesRisque(Map.of(), VACANCIERS_PAR_PERSONNEL, GRAND_GROUPE);
    }

    public static ReglesRisque depuis(Environment env) {
        Map<CritereRisque, Integer> poids = new EnumMap<>(CritereRisque.class);
        for (CritereRisque c : CritereRisque.values()) {
            Integer p = env.getProperty(PREFIXE_POIDS + c.propriete(), Integer.class);
            if (p != null) {
                poids.put(c, p);
            }
        }
        return new ReglesRisque(poids,
                env.getProperty("vao.controle.seuil.vacanciers-par-personnel", Integer.class, VACANCIERS_PAR_PERSONNEL),
                env.getProperty("vao.controle.seuil.grand-groupe", Integer.class, GRAND_GROUPE));
    }

    public int poids(CritereRisque c) {
        return poids.get(c);
    }
}
