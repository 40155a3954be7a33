package fr.vao.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import fr.vao.api.ProblemesApi;

/**
 * The API's generic errors as {@code application/problem+json} in French (ADR 0033): Spring MVC's own (405, 415,
 * 400 with the fields' errors in {@code erreurs}, 404, 413, …) and any other exception as a 500 without a stack
 * trace. Lowest precedence: the endpoints' advice for the domain's exceptions comes first.
 * {@link ErreursHorsControleur} answers the same way when no API controller was reached.
 *
 * <p>Selected by {@code @RestController} rather than by package: the module also holds an HTML page ("Mon compte" >
 * "Jetons d'API", a {@code @Controller}) whose errors must stay the portal's French error page. The application has
 * no other {@code @RestController} than the API's.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErreursGeneriquesApi extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErreursGeneriquesApi.class);

    private final ProblemesApi problemes;

    ErreursGeneriquesApi(ProblemesApi problemes) {
        this.problemes = problemes;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> erreurInterne(Exception e, WebRequest request) {
        LOG.error("Erreur de l'API sur {}", request.getDescription(false), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(problemes.probleme(HttpStatus.INTERNAL_SERVER_ERROR, "500"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> erreurs = new ArrayList<>();
        e.getBindingResult().getGlobalErrors().forEach(g -> erreurs.add(erreur(null, g)));
        e.getBindingResult().getFieldErrors().forEach(f -> erreurs.add(erreur(f.getField(), f)));
        return validation(e, erreurs, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> erreurs = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> erreurs.add(
                erreur(err instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(), err))));
        return validation(e, erreurs, headers, status, request);
    }

    /** Spring's problems, their title and detail in French (the reason of a ResponseStatusException is kept). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object corps, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (corps == null && e instanceof ErrorResponse reponse) {
            corps = reponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (corps instanceof ProblemDetail probleme) {
            probleme.setTitle(problemes.titre(status));
            if (!(e instanceof ResponseStatusException rse && rse.getReason() != null)) {
                probleme.setDetail(detail(e, status));
            }
        }
        return super.handleExceptionInternal(e, corps, headers, status, request);
    }

    private ResponseEntity<Object> validation(Exception e, List<Map<String, String>> erreurs, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail probleme = problemes.probleme(status, "validation");
        probleme.setProperty("erreurs", erreurs);
        return super.handleExceptionInternal(e, probleme, headers, status, request);
    }

    private Map<String, String> erreur(String champ, MessageSourceResolvable erreur) {
        Map<String, String> e = new LinkedHashMap<>();
        if (champ != null) {
            e.put("champ", champ);
        }
        e.put("message", getMessageSource() != null
                ? getMessageSource().getMessage(erreur, LocaleContextHolder.getLocale()) : erreur.getDefaultMessage());
        return e;
    }

    /** {@code api.probleme.<exception's simple name>}, else {@code api.probleme.<status>}, else the 4xx/5xx one. */
    private String detail(Exception e, HttpStatusCode status) {
        return problemes.premier(e.getClass().getSimpleName(), Integer.toString(status.value()),
                status.is5xxServerError() ? "500" : "400");
    }
}
