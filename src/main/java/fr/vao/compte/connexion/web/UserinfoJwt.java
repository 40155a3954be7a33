package fr.vao.compte.connexion.web;

import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import fr.vao.plateforme.observabilite.IdentifiantRequete;

/**
 * ProConnect's userinfo endpoint answers {@code application/jwt}, a signed JWT, which Spring Security's default user
 * service refuses ("invalid content type"): this one reads it and checks its signature with the provider's keys.
 */
class UserinfoJwt implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private static final MediaType APPLICATION_JWT = MediaType.parseMediaType("application/jwt");

    private final JwtDecoderFactory<ClientRegistration> decodeurs;
    private final RestClient http;

    UserinfoJwt(JwtDecoderFactory<ClientRegistration> decodeurs, ClientHttpRequestFactory http) {
        this.decodeurs = decodeurs;
        this.http = RestClient.builder().requestFactory(http)
                .requestInterceptor(IdentifiantRequete.sortant()).build();
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest requete) {
        ClientRegistration registration = requete.getClientRegistration();
        ClientRegistration.ProviderDetails fournisseur = registration.getProviderDetails();
        String jwt;
        try {
            jwt = http.get().uri(fournisseur.getUserInfoEndpoint().getUri())
                    .headers(h -> h.setBearerAuth(requete.getAccessToken().getTokenValue()))
                    .accept(APPLICATION_JWT)
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            throw refus("userinfo inaccessible : " + e.getMessage());
        }
        if (jwt == null || jwt.isBlank()) {
            throw refus("userinfo vide");
        }
        Jwt contenu;
        try {
            contenu = decodeurs.createDecoder(registration).decode(jwt.strip());
        } catch (JwtException e) {
            throw refus("userinfo invalide : " + e.getMessage());
        }
        if (contenu.getSubject() == null) {
            throw refus("userinfo sans sub");
        }
        return new DefaultOAuth2User(Set.of(), contenu.getClaims(), fournisseur.getUserInfoEndpoint()
                .getUserNameAttributeName());
    }

    private static OAuth2AuthenticationException refus(String raison) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info_response", raison, null), raison);
    }
}
