package fr.vao.plateforme.securite;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import fr.vao.plateforme.web.PagesErreur;

/**
 * A refused request: a CSRF failure gets the "formulaire expiré" page; a user who has not accepted the CGU is sent to
 * them; anybody else gets the French 403 page.
 */
class RefusAcces implements AccessDeniedHandler {

    private final String prefixe;

    RefusAcces(String prefixe) {
        this.prefixe = prefixe;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            request.setAttribute(PagesErreur.ERREUR_CSRF, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null && authentification.getAuthorities().stream()
                .anyMatch(a -> Autorites.CGU_A_ACCEPTER.equals(a.getAuthority()))) {
            response.sendRedirect(request.getContextPath() + prefixe + "/cgu/acceptation");
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
