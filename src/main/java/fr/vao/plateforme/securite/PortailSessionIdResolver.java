package fr.vao.plateforme.securite;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * One session cookie per portal ({@code VAO_SESSION} for the organiser portal, {@code VAO_BO_SESSION} for the back
 * office), so that an organiser and an agent can be logged in from the same browser.
 */
class PortailSessionIdResolver implements HttpSessionIdResolver {

    private final HttpSessionIdResolver organisateur;
    private final HttpSessionIdResolver administration;

    PortailSessionIdResolver() {
        this.organisateur = resolveur("VAO_SESSION", "/");
        this.administration = resolveur("VAO_BO_SESSION", "/bo");
    }

    private static HttpSessionIdResolver resolveur(String nom, String chemin) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(nom);
        serializer.setCookiePath(chemin);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(serializer);
        return resolver;
    }

    private HttpSessionIdResolver pour(HttpServletRequest request) {
        String chemin = request.getRequestURI().substring(request.getContextPath().length());
        return Portail.depuisChemin(chemin) == Portail.BO ? administration : organisateur;
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        return pour(request).resolveSessionIds(request);
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        pour(request).setSessionId(request, response, sessionId);
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        pour(request).expireSession(request, response);
    }
}
