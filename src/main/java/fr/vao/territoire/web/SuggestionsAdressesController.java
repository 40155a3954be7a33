package fr.vao.territoire.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vao.territoire.Adresses;

/**
 * Address suggestions for the autocompletion script of the organisers' forms ({@code adresse-suggestions.js}, the
 * fragment {@code champ-adresse}): a proxy of the API Adresse. {@code indisponible} when the API is down, so that the
 * form says so and the typed text or the manual form remains.
 */
@RestController
class SuggestionsAdressesController {

    static final int LIMITE = 5;

    private final Adresses adresses;

    SuggestionsAdressesController(Adresses adresses) {
        this.adresses = adresses;
    }

    @GetMapping(path = "/adresses/suggestions", produces = "application/json")
    Map<String, Object> suggestions(@RequestParam(required = false) String q) {
        Map<String, Object> reponse = new LinkedHashMap<>();
        if (adresses.rechercher(q, LIMITE) instanceof Adresses.Recherche.Trouvees t) {
            reponse.put("indisponible", false);
            reponse.put("adresses", t.adresses().stream()
                    .map(a -> Map.of("label", a.libelle(), "cle", a.cleBan() == null ? "" : a.cleBan())).toList());
        } else {
            reponse.put("indisponible", true);
            reponse.put("adresses", List.of());
        }
        return reponse;
    }
}
