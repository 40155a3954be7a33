package fr.vao.plateforme.securite;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.HttpSessionIdResolver;

import fr.vao.plateforme.VaoProperties;

/**
 * One filter chain per portal, deny by default. Login, second factor and CGU acceptance are handled by the compte
 * module's controllers, which open the session through {@link Connexions}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecuriteConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * The CSP with the map tiles' origin allowed as images (vao.carte.tuiles-url, ADR 0012): "https://{s}.tile.x.org/…"
     * gives "https://*.tile.x.org".
     */
    static String csp(String tuilesUrl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?://[^/]+)").matcher(
                tuilesUrl == null ? "" : tuilesUrl.strip());
        if (!m.find()) {
            return CSP;
        }
        String origine = m.group(1).replace("{s}", "*").replaceAll("[{}\\s;']", "");
        return CSP.replace("img-src 'self' data:;", "img-src 'self' data: " + origine + ";");
    }

    @Bean
    PasswordEncoder passwordEncoder(VaoProperties proprietes) {
        // bcrypt, cost 12 by default (ADR 0002); the {id} prefix lets a later algorithm upgrade hashes at login
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(proprietes.securite().coutBcrypt())));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        return new PortailSessionIdResolver();
    }

    @Bean
    @Order(0)
    SecurityFilterChain ressources(HttpSecurity http) throws Exception {
        http.securityMatcher(CheminsPublics.RESSOURCES)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .headers(h -> h.cacheControl(c -> c.disable())) // versioned URLs, cached for a year
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EndpointRequest.to("health", "prometheus", "info")).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain administration(HttpSecurity http, SecurityContextRepository contexts, VaoProperties proprietes,
            @org.springframework.beans.factory.annotation.Value("${vao.carte.tuiles-url:}") String tuiles,
            ObjectProvider<ConnexionFederee> federees) throws Exception {
        http.securityMatcher("/bo", "/bo/**")
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(CheminsPublics.ADMINISTRATION).permitAll()
                        .requestMatchers(CheminsPublics.ADMINISTRATION_AVANT_CGU).authenticated()
                        .anyRequest().hasAuthority(Autorites.AGENT));
        commun(http, contexts, proprietes, Portail.BO, tuiles);
        for (ConnexionFederee federee : federees.orderedStream().toList()) {
            federee.configurer(http);
            String politique = avecFormulairesVers(csp(tuiles), federee.origine());
            http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(politique)));
        }
        return http.build();
    }

    /** The CSP with forms allowed to end at this origin too (a login or logout redirected to an identity provider). */
    static String avecFormulairesVers(String csp, String origine) {
        return csp.replace("form-action 'self';", "form-action 'self' " + origine.replaceAll("[\\s;']", "") + ";");
    }

    @Bean
    @Order(3)
    SecurityFilterChain organisateur(HttpSecurity http, SecurityContextRepository contexts, VaoProperties proprietes,
            @org.springframework.beans.factory.annotation.Value("${vao.carte.tuiles-url:}") String tuiles)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(CheminsPublics.ORGANISATEUR).permitAll()
                .requestMatchers(CheminsPublics.ORGANISATEUR_AVANT_CGU).authenticated()
                .anyRequest().hasAuthority(Autorites.ORGANISATEUR));
        commun(http, contexts, proprietes, Portail.FO, tuiles);
        return http.build();
    }

    private static void commun(HttpSecurity http, SecurityContextRepository contexts, VaoProperties proprietes,
            Portail portail, String tuiles) throws Exception {
        String prefixe = portail == Portail.BO ? "/bo" : "";
        http.securityContext(c -> c.securityContextRepository(contexts))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new EntreeConnexion(prefixe + "/connexion"))
                        .accessDeniedHandler(new RefusAcces(prefixe)))
                .logout(l -> l.logoutUrl(prefixe + "/deconnexion")
                        .logoutSuccessUrl(prefixe + "/connexion?deconnexion")
                        .invalidateHttpSession(true))
                .addFilterAfter(new DureeAbsolueSessionFilter(proprietes.session().dureeAbsolue(), prefixe),
                        SecurityContextHolderFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(csp(tuiles)))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
                        .permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")));
    }
}
