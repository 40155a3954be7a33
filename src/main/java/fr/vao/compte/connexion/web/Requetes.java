package fr.vao.compte.connexion.web;

import jakarta.servlet.http.HttpServletRequest;

import fr.vao.plateforme.securite.Portail;

/** The portal of a request and the client's address. */
final class Requetes {

    private Requetes() {
    }

    static Portail portail(HttpServletRequest request) {
        return Portail.depuisChemin(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static String prefixe(Portail portail) {
        return portail == Portail.BO ? "/bo" : "";
    }

    static String prefixe(HttpServletRequest request) {
        return prefixe(portail(request));
    }

    static String ip(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
