package fr.vao.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import fr.vao.api.ProblemesApi;

/**
 * Errors under {@code /api/} that no API controller's advice sees, because no {@code @RestController} was reached:
 * unknown path (404), wrong method (405) or content type (415), an upload over the parser's limit (413). Without
 * this they would become the portals' HTML error page. Answers them like {@link ErreursGeneriquesApi}, as problem+json.
 */
@Component
class ErreursHorsControleur implements HandlerExceptionResolver, Ordered {

    private final ErreursGeneriquesApi erreurs;
    private final ProblemesApi problemes;

    ErreursHorsControleur(ErreursGeneriquesApi erreurs, ProblemesApi problemes) {
        this.erreurs = erreurs;
        this.problemes = problemes;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's DefaultErrorAttributes, before Spring MVC's resolvers
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || handler instanceof HandlerMethod m
                        && AnnotatedElementUtils.hasAnnotation(m.getBeanType(), RestController.class)) {
            return null; // the portals' errors, or the API controllers' (their advices answer)
        }
        ServletWebRequest web = new ServletWebRequest(request, response);
        ResponseEntity<Object> reponse;
        try {
            reponse = erreurs.handleException(e, web);
        } catch (Exception inconnue) {
            reponse = null;
        }
        if (reponse == null || !(reponse.getBody() instanceof ProblemDetail)) {
            reponse = erreurs.erreurInterne(e, web);
        }
        reponse.getHeaders().forEach((nom, valeurs) -> valeurs.forEach(v -> response.addHeader(nom, v)));
        try {
            problemes.ecrire(request, response, (ProblemDetail) reponse.getBody());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ModelAndView();
    }
}
