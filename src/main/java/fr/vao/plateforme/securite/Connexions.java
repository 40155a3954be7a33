package fr.vao.plateforme.securite;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Opens and ends authenticated sessions. Opening a session changes its id (fixation), records its opening time (for
 * the 4-hour absolute lifetime) and ends every other session of the same user (single active session).
 */
@Component
public class Connexions {

    /** Session attribute: epoch millis of the login. */
    static final String OUVERTURE = "vao.connexion.ouverture";

    private final SecurityContextRepository contextes;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Connexions(SecurityContextRepository contextes, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.contextes = contextes;
        this.sessions = sessions;
    }

    /**
     * Authenticates the user for this request and its session.
     *
     * @param cguAcceptees false grants only the CGU acceptance page until {@link #confirmerCgu} is called
     */
    public void ouvrir(UtilisateurConnecte utilisateur, boolean cguAcceptees, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session = request.getSession(false);
        session.setAttribute(OUVERTURE, System.currentTimeMillis());
        enregistrer(utilisateur, cguAcceptees, request, response);
        fermerAutresSessions(utilisateur.portail(), utilisateur.id(), session.getId());
    }

    /** Grants the full portal once the CGU are accepted. */
    public void confirmerCgu(UtilisateurConnecte utilisateur, HttpServletRequest request,
            HttpServletResponse response) {
        enregistrer(utilisateur, true, request, response);
    }

    /** Replaces the principal of the current session (names or roles changed), keeping its CGU state. */
    public void rafraichir(UtilisateurConnecte utilisateur, HttpServletRequest request, HttpServletResponse response) {
        boolean cgu = SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                        .noneMatch(a -> Autorites.CGU_A_ACCEPTER.equals(a.getAuthority()));
        enregistrer(utilisateur, cgu, request, response);
    }

    /** Ends every session of the user except the one given (null: all of them), e.g. after a password change. */
    public void fermerAutresSessions(Portail portail, long utilisateurId, String sessionConservee) {
        sessions.findByPrincipalName(UtilisateurConnecte.cle(portail, utilisateurId)).keySet().stream()
                .filter(id -> !id.equals(sessionConservee))
                .toList()
                .forEach(sessions::deleteById);
    }

    private void enregistrer(UtilisateurConnecte utilisateur, boolean cguAcceptees, HttpServletRequest request,
            HttpServletResponse response) {
        List<GrantedAuthority> autorites = new ArrayList<>();
        if (!cguAcceptees) {
            autorites.add(new SimpleGrantedAuthority(Autorites.CGU_A_ACCEPTER));
        } else {
            autorites.add(new SimpleGrantedAuthority(
                    utilisateur.portail() == Portail.BO ? Autorites.AGENT : Autorites.ORGANISATEUR));
            utilisateur.roles().forEach(r -> autorites.add(new SimpleGrantedAuthority(r)));
            if (utilisateur.niveau() != null) {
                autorites.add(new SimpleGrantedAuthority(Autorites.NIVEAU + utilisateur.niveau()));
            }
        }
        SecurityContext contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(utilisateur, null, autorites));
        SecurityContextHolder.setContext(contexte);
        contextes.saveContext(contexte, request, response);
    }
}
