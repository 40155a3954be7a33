package fr.vao.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A token just created: the only time its JWT is known ({@code jeton}); afterwards only its id is stored.
 */
public record JetonEmis(UUID jti, String jeton, Instant expireLe) {

    @Override
    public String toString() {
        return "JetonEmis[" + jti + "]"; // never log the token itself
    }
}
