package fr.vao.agrement;

/** A change of the list of organismes non agréés refused: a stale version, or a SIRET already listed. */
public class ListeNonAgreesException extends RuntimeException {

    public static final String CONFLIT = "agrement.non-agree.erreur.conflit";
    public static final String SIRET_EXISTANT = "agrement.non-agree.erreur.siret-existant";

    private final String cle;

    public ListeNonAgreesException(String cle) {
        super(cle);
        this.cle = cle;
    }

    /** The message key of the reason. */
    public String cle() {
        return cle;
    }
}
