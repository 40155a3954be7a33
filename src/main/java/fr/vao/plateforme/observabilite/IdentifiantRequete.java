package fr.vao.plateforme.observabilite;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is safe to log and echo (a proxy or the
 * client chose it), else a new UUID. The id is in the MDC ({@value #MDC}) for every log line of the request, in the
 * {@code X-Request-Id} response header, and in the request attribute {@value #ATTRIBUT} (shown on error pages).
 * Registered before every other filter and on every dispatch, so that the error dispatch keeps the same id.
 */
public class IdentifiantRequete implements Filter {

    public static final String ENTETE = "X-Request-Id";
    /** The MDC key, also used by scheduled jobs for their run id. */
    public static final String MDC = "requestId";
    public static final String ATTRIBUT = "identifiantRequete";
    /** No CR/LF, no spaces, no quotes: safe in a log line, a header and a page, and short. */
    private static final Pattern SUR = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public void doFilter(ServletRequest req, ServletResponse rep, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String id = request.getAttribute(ATTRIBUT) instanceof String dejaDonne ? dejaDonne
                : choisir(request.getHeader(ENTETE));
        request.setAttribute(ATTRIBUT, id);
        HttpServletResponse response = (HttpServletResponse) rep;
        if (!response.isCommitted()) {
            response.setHeader(ENTETE, id);
        }
        try (Portee portee = sous(id)) {
            chain.doFilter(req, rep);
        }
    }

    /** Puts {@code id} in the MDC until {@link Portee#close()}, which restores the previous one (nested runs). */
    public static Portee sous(String id) {
        String precedent = org.slf4j.MDC.get(MDC);
        org.slf4j.MDC.put(MDC, id);
        return () -> {
            if (precedent == null) {
                org.slf4j.MDC.remove(MDC);
            } else {
                org.slf4j.MDC.put(MDC, precedent);
            }
        };
    }

    /**
     * For the RestClients of the external APIs (INSEE, API Entreprise, API Adresse, antivirus, ProConnect): sends the
     * current request's (or job run's) id as {@value #ENTETE}, so that a call can be traced on both sides.
     */
    public static org.springframework.http.client.ClientHttpRequestInterceptor sortant() {
        return (requete, corps, execution) -> {
            String id = org.slf4j.MDC.get(MDC);
            if (id != null && !requete.getHeaders().containsHeader(ENTETE)) {
                requete.getHeaders().set(ENTETE, id);
            }
            return execution.execute(requete, corps);
        };
    }

    /** The scope of an id in the MDC. */
    public interface Portee extends AutoCloseable {
        @Override
        void close();
    }

    /** The incoming id if it is safe, else a new one. */
    static String choisir(String entrant) {
        return entrant != null && SUR.matcher(entrant).matches() ? entrant : UUID.randomUUID().toString();
    }
}
