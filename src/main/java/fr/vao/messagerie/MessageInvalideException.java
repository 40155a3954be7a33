package fr.vao.messagerie;

/** A message refused (too long, empty without a file...): {@link #champ()} and {@link #cle()} say where and why. */
public class MessageInvalideException extends RuntimeException {

    private final String champ;
    private final String cle;

    public MessageInvalideException(String champ, String cle) {
        super(cle);
        this.champ = champ;
        this.cle = cle;
    }

    public String champ() {
        return champ;
    }

    public String cle() {
        return cle;
    }
}
