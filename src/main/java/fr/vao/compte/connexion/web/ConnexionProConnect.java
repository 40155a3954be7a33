package fr.vao.compte.connexion.web;

import java.io.IOException;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import fr.vao.compte.connexion.Authentification;
import fr.vao.plateforme.securite.ConnexionFederee;

/**
 * The ProConnect login of the back office (ADR 0035), mounted under {@code /bo} so that the BO session cookie carries
 * the state: {@code /bo/oauth2/authorization/proconnect} sends the agent to ProConnect, which comes back to
 * {@code /bo/login/oauth2/code/proconnect}. The agent found by its e-mail then gets the same session as after a
 * password login ({@link FinConnexion}: single session, audit, last login, CGU first), without the e-mail second factor.
 * Its logout also ends the ProConnect session.
 */
class ConnexionProConnect implements ConnexionFederee, AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConnexionProConnect.class);
    private static final String PAGE_CONNEXION = "/bo/connexion";
    private static final String AUTORISATION = "/bo/oauth2/authorization";
    /** Session attribute: the ID token of a ProConnect login, sent back as id_token_hint at logout. */
    private static final String JETON_ID = "vao.proconnect.id-token";
    /** Request attribute: that token, kept while the logout invalidates the session. */
    private static final String JETON_ID_DECONNEXION = JETON_ID + ".deconnexion";
    /** Only the login is needed, not the access token: nothing is kept (no client secret nor token in the session). */
    private static final OAuth2AuthorizedClientRepository AUCUN_CLIENT_CONSERVE = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String id, Authentication a,
                HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication a, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept
        }

        @Override
        public void removeAuthorizedClient(String id, Authentication a, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept
        }
    };

    private final ClientRegistrationRepository registrations;
    private final OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> jetons;
    private final OidcUserService utilisateurs;
    private final Authentification authentification;
    private final FinConnexion fin;
    private final String origine;
    private final StringKeyGenerator etats = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 32);

    ConnexionProConnect(ClientRegistrationRepository registrations,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> jetons, UserinfoJwt userinfo,
            Authentification authentification, FinConnexion fin, String origine) {
        this.registrations = registrations;
        this.jetons = jetons;
        this.authentification = authentification;
        this.fin = fin;
        this.origine = origine;
        this.utilisateurs = new OidcUserService();
        this.utilisateurs.setOauth2UserService(userinfo);
        // the e-mail comes from userinfo only; by default it is called only for some scopes
        this.utilisateurs.setRetrieveUserInfo(r -> true);
    }

    @Override
    public void configurer(HttpSecurity http) throws Exception {
        http.oauth2Login(o -> o
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(AUCUN_CLIENT_CONSERVE)
                .loginPage(PAGE_CONNEXION)
                .authorizationEndpoint(a -> a.authorizationRequestResolver(seulementProConnect()))
                .redirectionEndpoint(r -> r.baseUri("/bo/login/oauth2/code/*"))
                .tokenEndpoint(t -> t.accessTokenResponseClient(jetons))
                .userInfoEndpoint(u -> u.oidcUserService(utilisateurs))
                .successHandler(this)
                .failureHandler(this))
                .logout(l -> l.addLogoutHandler(this::retenirJeton).logoutSuccessHandler(this::finSession));
    }

    /** {@code /bo/oauth2/authorization/proconnect} only: another name answers 404, not Spring's 500. */
    private OAuth2AuthorizationRequestResolver seulementProConnect() {
        DefaultOAuth2AuthorizationRequestResolver defaut = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                AUTORISATION);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                String chemin = request.getRequestURI().substring(request.getContextPath().length());
                return chemin.equals(AUTORISATION + "/" + ProConnectConfig.ID) ? defaut.resolve(request) : null;
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String id) {
                return ProConnectConfig.ID.equals(id) ? defaut.resolve(request, id) : null;
            }
        };
    }

    @Override
    public String origine() {
        return origine;
    }

    /** ProConnect vouched for the agent: the agent must exist and be active, then the session opens. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OidcUser oidc = (OidcUser) authentication.getPrincipal();
        Authentification.Resultat resultat = authentification.verifierProConnect(oidc.getEmail(), Requetes.ip(request));
        if (!resultat.reussi()) {
            // the provider's authentication is not a VAO session
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + PAGE_CONNEXION + "?proconnect=" + resultat.refus().name());
            return;
        }
        String destination = fin.ouvrir(resultat.compte(), "ProConnect", request, response);
        request.getSession(false).setAttribute(JETON_ID, oidc.getIdToken().getTokenValue());
        response.sendRedirect(destination.startsWith("/") ? request.getContextPath() + destination : destination);
    }

    /** An error from ProConnect (refusal, cancellation), a bad state, an invalid token: a message, never a trace. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String code = e instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : e.getClass().getName();
        LOG.warn("Connexion ProConnect refusée : {} ({})", code, e.getMessage());
        response.sendRedirect(request.getContextPath() + PAGE_CONNEXION + "?proconnect=erreur");
    }

    private void retenirJeton(HttpServletRequest request, HttpServletResponse response, Authentication a) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(JETON_ID) instanceof String jeton) {
            request.setAttribute(JETON_ID_DECONNEXION, jeton);
        }
    }

    /**
     * After a ProConnect login, the logout ends the provider's session too, with the three parameters ProConnect
     * requires (Spring's OidcClientInitiatedLogoutSuccessHandler sends no state and needs the OIDC principal, which
     * the VAO session replaced); else back to the login page.
     */
    private void finSession(HttpServletRequest request, HttpServletResponse response, Authentication a)
            throws IOException {
        ClientRegistration proconnect = registrations.findByRegistrationId(ProConnectConfig.ID);
        Object finSession = proconnect.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (!(request.getAttribute(JETON_ID_DECONNEXION) instanceof String jeton) || finSession == null) {
            response.sendRedirect(request.getContextPath() + PAGE_CONNEXION + "?deconnexion");
            return;
        }
        // absolute, as registered at ProConnect
        String retour = UrlUtils.buildFullRequestUrl(request.getScheme(), request.getServerName(),
                request.getServerPort(), request.getContextPath() + PAGE_CONNEXION, "deconnexion");
        response.sendRedirect(UriComponentsBuilder.fromUriString(finSession.toString())
                .queryParam("id_token_hint", jeton)
                .queryParam("state", etats.generateKey())
                .queryParam("post_logout_redirect_uri", retour)
                .encode().build().toUriString());
    }
}
