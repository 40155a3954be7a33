package fr.vao.compte;

/** Why a change of an organiser account was refused: the HTTP status and the message key to show. */
public class ActionCompteRefusee extends RuntimeException {

    private final int statut;
    private final String cle;

    public ActionCompteRefusee(int statut, String cle) {
        super(cle);
        this.statut = statut;
        this.cle = cle;
    }

    public int statut() {
        return statut;
    }

    public String cle() {
        return cle;
    }
}
