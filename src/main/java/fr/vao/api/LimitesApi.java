package fr.vao.api;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.vao.plateforme.limite.AdressesExemptees;
import fr.vao.plateforme.limite.LimitesDebit;
import fr.vao.plateforme.limite.LimitesDebit.Verdict;

/**
 * The API's rate limits (ADR 0033), counted in PostgreSQL so that they hold across replicas: an address that sent
 * {@code vao.api.jetons-invalides-max} invalid tokens is refused for {@code vao.api.blocage} before its token is even
 * read; a valid token may make {@code vao.api.limite-par-minute} calls a minute. Both answer 429 with
 * {@code Retry-After}. The address is {@code request.getRemoteAddr()}: the client's, once Tomcat's RemoteIpValve has
 * read {@code X-Forwarded-For} from the trusted proxies.
 */
@Component
class LimitesApi {

    static final String PREFIXE_ADRESSE = "api-jeton-invalide:";
    static final String PREFIXE_JETON = "api-jeton:";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final LimitesDebit limites;
    private final ProprietesApi proprietes;
    private final ProblemesApi problemes;
    private final AdressesExemptees exemptees;

    LimitesApi(LimitesDebit limites, ProprietesApi proprietes, ProblemesApi problemes) {
        this.limites = limites;
        this.proprietes = proprietes;
        this.problemes = problemes;
        this.exemptees = AdressesExemptees.de(proprietes.adressesExemptees());
    }

    /** Counts one invalid token sent from this address. */
    void jetonInvalide(HttpServletRequest request) {
        if (!exemptee(request)) {
            limites.consommer(cle(request), proprietes.jetonsInvalidesMax(), proprietes.blocage());
        }
    }

    /** The counter of the caller's address (an IPv6 address counts as its /64, like the forms' limits). */
    private static String cle(HttpServletRequest request) {
        return PREFIXE_ADRESSE + LimitesDebit.client(request.getRemoteAddr());
    }

    private boolean exemptee(HttpServletRequest request) {
        return exemptees.contient(request.getRemoteAddr());
    }

    /** Before the token is read: refuses an address that sent too many invalid ones. */
    OncePerRequestFilter blocageAdresse() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain suite) throws ServletException, IOException {
                if (request.getHeader(HttpHeaders.AUTHORIZATION) != null && !exemptee(request)) {
                    Verdict verdict = limites.consulter(cle(request), proprietes.jetonsInvalidesMax(),
                            proprietes.blocage());
                    if (!verdict.autorise()) {
                        refuser(request, response, verdict, "429.adresse");
                        return;
                    }
                }
                suite.doFilter(request, response);
            }
        };
    }

    /** After authentication: counts the call against its token's limit. */
    OncePerRequestFilter limiteParJeton() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain suite) throws ServletException, IOException {
                Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
                if (authentification instanceof AuthentificationApi jeton) {
                    Verdict verdict = limites.consommer(PREFIXE_JETON + jeton.jti(), proprietes.limiteParMinute(),
                            MINUTE);
                    if (!verdict.autorise()) {
                        refuser(request, response, verdict, "429.jeton");
                        return;
                    }
                }
                suite.doFilter(request, response);
            }
        };
    }

    private void refuser(HttpServletRequest request, HttpServletResponse response, Verdict verdict, String cle)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.secondes()));
        ProblemDetail probleme = problemes.probleme(HttpStatus.TOO_MANY_REQUESTS, cle, verdict.secondes());
        probleme.setProperty("reessayerDans", verdict.secondes());
        problemes.ecrire(request, response, probleme);
    }
}
