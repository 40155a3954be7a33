package fr.vao.agrement;

import java.util.List;
import java.util.Map;

/** A transmission refused by the strict rules: the missing or invalid items, by step (nothing is changed). */
public class AgrementIncompletException extends RuntimeException {

    private final transient Map<EtapeAgrement, List<DeclarationExistant.Erreur>> erreurs;

    public AgrementIncompletException(Map<EtapeAgrement, List<DeclarationExistant.Erreur>> erreurs) {
        super("Demande incomplète : " + erreurs.keySet());
        this.erreurs = Map.copyOf(erreurs);
    }

    public Map<EtapeAgrement, List<DeclarationExistant.Erreur>> erreurs() {
        return erreurs;
    }
}
