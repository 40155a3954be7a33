package fr.vao.api;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;

import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.plateforme.securite.Autorites;

/**
 * The API's own filter chain (ADR 0033): {@code /api/**}, stateless, bearer JWTs only (no session, no cookie, hence
 * no CSRF), deny by default. The authenticated principal is the organiser's {@code UtilisateurConnecte}, read from
 * the database at each call, so that the API's controllers authorise per object with the portals' own services.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecuriteConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JetonsApi jetons, ComptesOrganisateurs comptes) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/health").permitAll()
                        .anyRequest().hasAuthority(Autorites.ORGANISATEUR))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(jetons.decodeur())
                        .jwtAuthenticationConverter(principal(comptes))));
        return http.build();
    }

    /** The token's organiser, if still validated; else the token is refused like an invalid one. */
    static Converter<Jwt, AbstractAuthenticationToken> principal(ComptesOrganisateurs comptes) {
        return jwt -> {
            long id;
            try {
                id = Long.parseLong(jwt.getSubject());
            } catch (NumberFormatException e) {
                throw refus();
            }
            return comptes.actif(id)
                    .map(u -> new UsernamePasswordAuthenticationToken(u, jwt,
                            List.of(new SimpleGrantedAuthority(Autorites.ORGANISATEUR))))
                    .orElseThrow(ApiSecuriteConfig::refus);
        };
    }

    private static OAuth2AuthenticationException refus() {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "Jeton invalide : compte inconnu ou désactivé", null));
    }
}
