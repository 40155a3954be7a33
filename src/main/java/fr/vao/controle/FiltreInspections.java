package fr.vao.controle;

import java.time.LocalDate;
import java.util.Set;

/** The filters of the agents' list of inspections: states, département, planned date between du and au. */
public record FiltreInspections(Set<StatutInspection> statuts, String departement, LocalDate du, LocalDate au) {

    public static final FiltreInspections TOUT = new FiltreInspections(Set.of(), null, null, null);
}
