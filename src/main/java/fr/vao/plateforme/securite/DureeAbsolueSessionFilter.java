package fr.vao.plateforme.securite;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Ends a session that was opened longer ago than the absolute lifetime (4 hours), even if it stayed active. */
class DureeAbsolueSessionFilter extends OncePerRequestFilter {

    private final Duration dureeAbsolue;
    private final String prefixe;

    DureeAbsolueSessionFilter(Duration dureeAbsolue, String prefixe) {
        this.dureeAbsolue = dureeAbsolue;
        this.prefixe = prefixe;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object ouverture = session == null ? null : session.getAttribute(Connexions.OUVERTURE);
        if (ouverture instanceof Long depuis && System.currentTimeMillis() - depuis > dureeAbsolue.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + prefixe + "/connexion?session=expiree");
            return;
        }
        chain.doFilter(request, response);
    }
}
