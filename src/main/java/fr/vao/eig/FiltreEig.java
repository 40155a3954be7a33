package fr.vao.eig;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of the EIG lists (spec §2.9): numéro of the déclaration, title of the stay, organisme (agents),
 * département of the incident (agents), types, statuses, incident dates from/to. Blank or null: no filter.
 */
public record FiltreEig(String numero, String sejour, String organisme, String departement, List<String> types,
        List<StatutEig> statuts, LocalDate du, LocalDate au) {

    public FiltreEig {
        types = types == null ? List.of() : types.stream().filter(t -> t != null && !t.isBlank()).toList();
        statuts = statuts == null ? List.of() : List.copyOf(statuts);
    }

    public static FiltreEig aucun() {
        return new FiltreEig(null, null, null, null, List.of(), List.of(), null, null);
    }
}
