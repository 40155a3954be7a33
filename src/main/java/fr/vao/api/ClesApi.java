package fr.vao.api;

import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The keys that sign the API tokens (ADR 0033), from the environment: {@code VAO_API_CLES}, a JWK Set (JSON) of RSA
 * private keys each with its {@code kid}, and {@code VAO_API_CLE_ACTIVE}, the kid that signs new tokens (the others
 * still verify: rotation). Without keys the application refuses to start, except where
 * {@code vao.api.cle-ephemere=true} (local run and tests): a key generated at start, lost at the next one.
 */
@Component
public class ClesApi {

    private final JWKSet cles;
    private final RSAKey active;

    ClesApi(@Value("${vao.api.cles:}") String cles, @Value("${vao.api.cle-active:}") String active,
            @Value("${vao.api.cle-ephemere:false}") boolean ephemere) {
        if (cles.isBlank()) {
            if (!ephemere) {
                throw new IllegalStateException("VAO_API_CLES est obligatoire : les jetons de l'API sont signés par "
                        + "VAO (RS256, ADR 0033). Voir docs/api.md pour générer une clé.");
            }
            this.cles = new JWKSet(genererCle("ephemere-" + UUID.randomUUID()));
        } else {
            this.cles = lire(cles);
        }
        this.active = choisir(this.cles, active);
    }

    /** The key that signs new tokens. */
    public RSAKey active() {
        return active;
    }

    /** Every key, public parts only: the JWKS endpoint's content. */
    public JWKSet publiques() {
        return cles.toPublicJWKSet();
    }

    /** The key of this kid, if it is one of ours. */
    public RSAKey cle(String kid) {
        JWK cle = kid == null ? null : cles.getKeyByKeyId(kid);
        return cle instanceof RSAKey rsa ? rsa : null;
    }

    static RSAKey genererCle(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWKSet lire(String json) {
        try {
            JWKSet jeu = JWKSet.parse(json);
            for (JWK cle : jeu.getKeys()) {
                if (!(cle instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
                    throw new IllegalStateException("VAO_API_CLES : chaque clé doit être une clé RSA privée avec un kid");
                }
            }
            return jeu;
        } catch (ParseException e) {
            throw new IllegalStateException("VAO_API_CLES n'est pas un JWK Set JSON valide", e);
        }
    }

    private static RSAKey choisir(JWKSet jeu, String kid) {
        List<JWK> cles = jeu.getKeys();
        if (cles.isEmpty()) {
            throw new IllegalStateException("VAO_API_CLES ne contient aucune clé");
        }
        if (kid == null || kid.isBlank()) {
            return (RSAKey) cles.get(cles.size() - 1);
        }
        JWK cle = jeu.getKeyByKeyId(kid);
        if (cle == null) {
            throw new IllegalStateException("VAO_API_CLE_ACTIVE (" + kid + ") ne désigne aucune clé de VAO_API_CLES");
        }
        return (RSAKey) cle;
    }
}
