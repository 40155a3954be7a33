package fr.vao.plateforme.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The French error page of both portals (template {@code error/erreur}): a title and a text per status, the CSRF
 * refusal told apart from other 403s. Replaces Boot's one-template-per-status convention.
 */
@Component
public class PagesErreur implements ErrorViewResolver {

    /** Request attribute set on a 403 caused by a missing or stale CSRF token. */
    public static final String ERREUR_CSRF = "vaoErreurCsrf";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(status, request.getAttribute(ERREUR_CSRF) != null, model);
    }

    /** The error page for this status, for handlers that answer an error themselves. */
    public static ModelAndView page(HttpStatusCode status) {
        return page(status, false, Map.of());
    }

    /** The same, with attributes for the page's text (429: {@code minutesAttente}, {@code heureReprise}). */
    public static ModelAndView page(HttpStatusCode status, Map<String, Object> model) {
        return page(status, false, model);
    }

    private static ModelAndView page(HttpStatusCode status, boolean csrf, Map<String, Object> model) {
        Map<String, Object> modele = new HashMap<>(model);
        modele.put("status", status.value());
        modele.put("cleErreur", csrf ? "csrf" : switch (status.value()) {
            case 400, 403, 404, 409, 429 -> String.valueOf(status.value());
            default -> status.is5xxServerError() ? "500" : "400";
        });
        return new ModelAndView("error/erreur", modele, status);
    }
}
