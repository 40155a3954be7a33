package fr.vao.compte.connexion.web;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import fr.vao.compte.connexion.AppareilsConfiance;
import fr.vao.compte.connexion.Authentification;
import fr.vao.compte.connexion.Compte;
import fr.vao.plateforme.securite.Connexions;
import fr.vao.plateforme.securite.Portail;

/**
 * The end of a login, once every factor is checked: opens the session and sends the user to the CGU, to the page
 * asked before login, or to the portal's home. Also holds the pending second-factor state and the trusted-device
 * cookie.
 */
@Component
class FinConnexion {

    /** Session attribute: id of the user whose password is correct and who still has to enter the code. */
    static final String ATTENTE = "vao.connexion.attente-code";

    private final Authentification authentification;
    private final Connexions connexions;
    private final AppareilsConfiance appareils;
    private final RequestCache requetes = new HttpSessionRequestCache();

    FinConnexion(Authentification authentification, Connexions connexions, AppareilsConfiance appareils) {
        this.authentification = authentification;
        this.connexions = connexions;
        this.appareils = appareils;
    }

    String terminer(Compte compte, HttpServletRequest request, HttpServletResponse response) {
        return "redirect:" + ouvrir(compte, null, request, response);
    }

    /**
     * Opens the session and returns where to go next: the CGU page until they are accepted, else {@link #destination}.
     *
     * @param moyen how the user logged in, when not by password (audit detail)
     */
    String ouvrir(Compte compte, String moyen, HttpServletRequest request, HttpServletResponse response) {
        Authentification.Ouverture ouverture = authentification.finaliser(compte, Requetes.ip(request), moyen);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTENTE);
        }
        connexions.ouvrir(ouverture.utilisateur(), ouverture.cguAcceptees(), request, response);
        if (!ouverture.cguAcceptees()) {
            return Requetes.prefixe(compte.portail()) + "/cgu/acceptation";
        }
        return destination(request, response, compte.portail());
    }

    /** The page asked before login (same portal only), or the portal's home. */
    String destination(HttpServletRequest request, HttpServletResponse response, Portail portail) {
        SavedRequest demandee = requetes.getRequest(request, response);
        if (demandee != null) {
            String url = demandee.getRedirectUrl();
            try {
                String chemin = URI.create(url).getRawPath();
                if (chemin != null && chemin.startsWith(request.getContextPath())
                        && Portail.depuisChemin(chemin.substring(request.getContextPath().length())) == portail) {
                    return url;
                }
            } catch (IllegalArgumentException e) {
                // an unparsable saved address: go home
            }
        }
        return portail == Portail.BO ? "/bo" : "/";
    }

    void attendreCode(Compte compte, HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTENTE, compte.id());
    }

    Optional<Long> enAttente(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTENTE) instanceof Long id ? Optional.of(id) : Optional.empty();
    }

    static String nomCookie(Portail portail) {
        return portail == Portail.BO ? "VAO_BO_APPAREIL" : "VAO_APPAREIL";
    }

    boolean appareilReconnu(Compte compte, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        String nom = nomCookie(compte.portail());
        return Arrays.stream(cookies).filter(c -> nom.equals(c.getName()))
                .anyMatch(c -> appareils.reconnu(compte.portail(), compte.id(), c.getValue()));
    }

    void faireConfiance(Compte compte, HttpServletRequest request, HttpServletResponse response) {
        String jeton = appareils.enregistrer(compte.portail(), compte.id());
        ResponseCookie cookie = ResponseCookie.from(nomCookie(compte.portail()), jeton)
                .path(compte.portail() == Portail.BO ? "/bo" : "/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(Duration.ofDays(30))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
