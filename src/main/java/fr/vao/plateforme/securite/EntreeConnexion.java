package fr.vao.plateforme.securite;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * An anonymous visitor of a protected page is sent to its portal's login page; when the browser still carried an
 * expired session, the login page says so.
 */
class EntreeConnexion implements AuthenticationEntryPoint {

    private final String pageConnexion;
    private final RequestCache requetes = new HttpSessionRequestCache();

    EntreeConnexion(String pageConnexion) {
        this.pageConnexion = pageConnexion;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean expiree = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if ("GET".equals(request.getMethod())) {
            requetes.saveRequest(request, response);
        }
        response.sendRedirect(request.getContextPath() + pageConnexion + (expiree ? "?session=expiree" : ""));
    }
}
