package fr.vao.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.vao.plateforme.securite.Autorites;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** MockMvc requests as a logged-in user, with the authorities Connexions gives at login. */
public final class Connectes {

    private Connectes() {
    }

    public static UtilisateurConnecte organisateur(long id, String region) {
        return new UtilisateurConnecte(Portail.FO, id, "organisateur" + id + "@vao.test", "Test", "Organisateur",
                Set.of(), region, null);
    }

    public static UtilisateurConnecte agent(long id, String territoire, String niveau, String... roles) {
        return new UtilisateurConnecte(Portail.BO, id, "agent" + id + "@vao.test", "Test", "Agent",
                Set.copyOf(Arrays.asList(roles)), territoire, niveau);
    }

    /** The request as this user (an organiser or an agent). */
    public static RequestPostProcessor en(UtilisateurConnecte u) {
        List<GrantedAuthority> autorites = new ArrayList<>();
        if (u.portail() == Portail.FO) {
            autorites.add(new SimpleGrantedAuthority(Autorites.ORGANISATEUR));
        } else {
            autorites.add(new SimpleGrantedAuthority(Autorites.AGENT));
            u.roles().forEach(r -> autorites.add(new SimpleGrantedAuthority(r)));
            autorites.add(new SimpleGrantedAuthority(Autorites.NIVEAU + u.niveau()));
        }
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, autorites));
    }
}
