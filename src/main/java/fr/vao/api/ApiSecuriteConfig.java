package fr.vao.api;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.plateforme.securite.Autorites;

/**
 * The API's own filter chain (ADR 0033): {@code /api/**}, stateless, bearer JWTs only (no session, no cookie, hence
 * no CSRF), deny by default. A token is accepted when its signature, issuer, audience and expiry are right, its id is
 * stored and not revoked, and its organiser is still validated; the principal is then the organiser's
 * {@code UtilisateurConnecte}, read from the database at each call, so that the API's controllers authorise per
 * object with the portals' own services. Every refusal is an {@code application/problem+json} in French.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecuriteConfig {

    /** Without a token: the health check, the public keys and the documentation (JSON and Swagger UI). */
    static final String[] PUBLICS = {"/api/v1/health", "/api/v1/.well-known/jwks.json", "/api/v1/openapi.json",
        "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/swagger-ui/**"};

    /** Swagger UI needs its own scripts, styles set by script, and its images as data: URIs; nothing else. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private static final Logger LOG = LoggerFactory.getLogger(ApiSecuriteConfig.class);

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JetonsApi jetons, JetonsEnregistres enregistres,
            ComptesOrganisateurs comptes, LimitesApi limites, ProblemesApi problemes) throws Exception {
        AuthenticationEntryPoint entree = entree(limites, problemes);
        AccessDeniedHandler refus = (request, response, e) -> problemes.ecrire(request, response,
                problemes.probleme(HttpStatus.FORBIDDEN, "403"));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLICS).permitAll()
                        .anyRequest().hasAuthority(Autorites.ORGANISATEUR))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entree).accessDeniedHandler(refus))
                .oauth2ResourceServer(o -> o
                        .authenticationEntryPoint(entree)
                        .accessDeniedHandler(refus)
                        .jwt(j -> j.decoder(jetons.decodeur()).jwtAuthenticationConverter(principal(enregistres,
                                comptes))))
                .addFilterAfter(erreurs(problemes), HeaderWriterFilter.class)
                .addFilterBefore(limites.blocageAdresse(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(limites.limiteParJeton(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * 401 with {@code WWW-Authenticate: Bearer}; a token that was sent and refused (bad signature, expired, revoked,
     * unknown, account no longer validated) counts against the address.
     */
    static AuthenticationEntryPoint entree(LimitesApi limites, ProblemesApi problemes) {
        return (request, response, e) -> {
            boolean jetonRefuse = e instanceof OAuth2AuthenticationException;
            if (jetonRefuse) {
                limites.jetonInvalide(request);
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, jetonRefuse
                    ? "Bearer realm=\"vao-api\", error=\"invalid_token\"" : "Bearer realm=\"vao-api\"");
            problemes.ecrire(request, response, problemes.probleme(HttpStatus.UNAUTHORIZED,
                    jetonRefuse ? "401.invalide" : "401.absent"));
        };
    }

    /** The token's organiser, if the token is stored, neither revoked nor expired, and its owner still validated. */
    static Converter<Jwt, AbstractAuthenticationToken> principal(JetonsEnregistres enregistres,
            ComptesOrganisateurs comptes) {
        return jwt -> {
            long id;
            UUID jti;
            try {
                id = Long.parseLong(jwt.getSubject());
                jti = UUID.fromString(jwt.getId());
            } catch (IllegalArgumentException e) {
                throw refus();
            }
            if (!enregistres.utiliser(jti, id)) {
                throw refus();
            }
            return comptes.actif(id).map(u -> new AuthentificationApi(u, jti)).orElseThrow(ApiSecuriteConfig::refus);
        };
    }

    /** Whatever fails in the chain's filters or escapes the exception handlers: a 500 problem, no stack trace. */
    private static OncePerRequestFilter erreurs(ProblemesApi problemes) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain suite) throws ServletException, IOException {
                try {
                    suite.doFilter(request, response);
                } catch (RuntimeException | ServletException e) {
                    LOG.error("Erreur de l'API sur {} {}", request.getMethod(), request.getRequestURI(), e);
                    if (response.isCommitted()) {
                        throw e;
                    }
                    response.reset();
                    problemes.ecrire(request, response, problemes.probleme(HttpStatus.INTERNAL_SERVER_ERROR, "500"));
                }
            }
        };
    }

    private static OAuth2AuthenticationException refus() {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "Jeton invalide, expiré, révoqué ou compte non validé", null));
    }
}
