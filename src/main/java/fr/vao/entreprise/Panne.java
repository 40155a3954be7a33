package fr.vao.entreprise;

/**
 * A failure of a registry worth retrying and counted against the circuit breaker: the peer is unreachable, answers
 * 5xx or 429, or sends a body we cannot read. An answer that will not change on a retry (404, 401, 400) is no Panne.
 */
final class Panne extends RuntimeException {

    /** Set when the peer took longer than the read or connect timeout: a retry would only double the wait. */
    private final boolean delaiDepasse;

    Panne(String message, Throwable cause) {
        this(message, cause, false);
    }

    Panne(String message, Throwable cause, boolean delaiDepasse) {
        super(message, cause);
        this.delaiDepasse = delaiDepasse;
    }

    boolean aReessayer() {
        return !delaiDepasse;
    }
}
