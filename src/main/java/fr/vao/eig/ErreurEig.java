package fr.vao.eig;

/** A rule violation: the field (its id in the form) and the message key. */
public record ErreurEig(String champ, String cle) {
}
