package fr.vao.compte.connexion.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jose.jws.JwsAlgorithm;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.web.client.RestClient;

import fr.vao.plateforme.observabilite.IdentifiantRequete;

/**
 * ProConnect, the State's identity provider, for agents (ADR 0035), configured by the environment only and off while
 * {@code VAO_PROCONNECT_CLIENT_ID} is empty. Explicit endpoints under {@code VAO_PROCONNECT_URL} (no discovery call
 * when the application starts); the ID token and the userinfo JWT are signed with {@code VAO_PROCONNECT_ALGORITHME}
 * (RS256 by default, as chosen when the service was registered at ProConnect).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ProConnectConfig.Configure.class)
class ProConnectConfig {

    static final String ID = "proconnect";

    /** vao.proconnect.* (README "Configuration"). */
    @ConfigurationProperties("vao.proconnect")
    record Proprietes(String clientId, String clientSecret, String url, String algorithme) {
    }

    /** On when a client id is given. */
    static class Configure implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().getProperty("vao.proconnect.client-id", "").isBlank();
        }
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(Proprietes proprietes) {
        String base = proprietes.url().strip().replaceAll("/+$", "");
        ClientRegistration proconnect = ClientRegistration.withRegistrationId(ID)
                .clientId(proprietes.clientId().strip())
                .clientSecret(proprietes.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/bo/login/oauth2/code/{registrationId}")
                .scope("openid", "email", "given_name", "usual_name")
                .issuerUri(base)
                .authorizationUri(base + "/authorize")
                .tokenUri(base + "/token")
                .jwkSetUri(base + "/jwks")
                .userInfoUri(base + "/userinfo")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", base + "/session/end"))
                .clientName("ProConnect")
                // ProConnect refuses unknown parameters: no PKCE (Spring Security 7 adds it by default)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(false).build())
                .build();
        return new InMemoryClientRegistrationRepository(proconnect);
    }

    /** The ID token's decoder (picked up by oauth2Login): the algorithm chosen at registration, not only RS256. */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(Proprietes proprietes) {
        OidcIdTokenDecoderFactory fabrique = new OidcIdTokenDecoderFactory();
        JwsAlgorithm algorithme = algorithme(proprietes.algorithme());
        fabrique.setJwsAlgorithmResolver(r -> algorithme);
        return fabrique;
    }

    @Bean
    ConnexionProConnect connexionProConnect(Proprietes proprietes, ClientRegistrationRepository registrations,
            FinConnexion fin, fr.vao.compte.connexion.Authentification authentification) {
        ClientRegistration proconnect = registrations.findByRegistrationId(ID);
        // the userinfo JWT: same keys and algorithm as the ID token, only its dates are checked (its sub is compared
        // with the ID token's by OidcUserService)
        OidcIdTokenDecoderFactory userinfo = new OidcIdTokenDecoderFactory();
        JwsAlgorithm algorithme = algorithme(proprietes.algorithme());
        userinfo.setJwsAlgorithmResolver(r -> algorithme);
        userinfo.setJwtValidatorFactory(r -> new JwtTimestampValidator());
        URI url = URI.create(proconnect.getProviderDetails().getAuthorizationUri());
        return new ConnexionProConnect(registrations, jetons(), new UserinfoJwt(userinfo, http()), authentification,
                fin, url.getScheme() + "://" + url.getRawAuthority());
    }

    /** The calls to ProConnect (token, userinfo) wait 5 s to connect and 10 s for the answer, not forever. */
    static SimpleClientHttpRequestFactory http() {
        SimpleClientHttpRequestFactory fabrique = new SimpleClientHttpRequestFactory();
        fabrique.setConnectTimeout(Duration.ofSeconds(5));
        fabrique.setReadTimeout(Duration.ofSeconds(10));
        return fabrique;
    }

    /** Spring's token client (its converters and error handler) with those delays. */
    private static RestClientAuthorizationCodeTokenResponseClient jetons() {
        RestClientAuthorizationCodeTokenResponseClient jetons = new RestClientAuthorizationCodeTokenResponseClient();
        jetons.setRestClient(RestClient.builder()
                .requestFactory(http())
                .requestInterceptor(IdentifiantRequete.sortant())
                .messageConverters(c -> {
                    c.clear();
                    c.add(new FormHttpMessageConverter());
                    c.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return jetons;
    }

    static JwsAlgorithm algorithme(String nom) {
        String n = nom == null || nom.isBlank() ? "RS256" : nom.strip().toUpperCase(java.util.Locale.ROOT);
        JwsAlgorithm algorithme = MacAlgorithm.from(n) != null ? MacAlgorithm.from(n) : SignatureAlgorithm.from(n);
        if (algorithme == null) {
            throw new IllegalStateException("VAO_PROCONNECT_ALGORITHME inconnu : " + nom
                    + " (RS256, ES256 ou HS256, celui choisi à l'inscription du service auprès de ProConnect)");
        }
        return algorithme;
    }
}
