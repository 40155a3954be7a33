package fr.vao.api;

import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.vao.plateforme.securite.Autorites;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * A call authenticated by an API token: the principal is the token's organiser (read from the database at each call),
 * the token's id is kept for its rate limit. No credentials: the JWT is not kept past its verification.
 */
public final class AuthentificationApi extends AbstractAuthenticationToken {

    private final UtilisateurConnecte utilisateur;
    private final UUID jti;

    AuthentificationApi(UtilisateurConnecte utilisateur, UUID jti) {
        super(List.of(new SimpleGrantedAuthority(Autorites.ORGANISATEUR)));
        this.utilisateur = utilisateur;
        this.jti = jti;
        setAuthenticated(true);
    }

    @Override
    public UtilisateurConnecte getPrincipal() {
        return utilisateur;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    public UUID jti() {
        return jti;
    }
}
