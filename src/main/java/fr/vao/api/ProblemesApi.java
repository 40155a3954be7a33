package fr.vao.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's errors (RFC 9457, {@code application/problem+json}) in French: a title per status and a detail, both from
 * {@code messages-api.properties} ({@code api.probleme.<status>.titre}, {@code api.probleme.<clé>}). Used by the
 * security chain's handlers and filters, which answer before any controller, and by the API's exception handlers.
 */
@Component
public class ProblemesApi {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemesApi(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem of this status, its French title, the detail of this message key (with its arguments). */
    public ProblemDetail probleme(HttpStatusCode status, String cleDetail, Object... arguments) {
        ProblemDetail probleme = ProblemDetail.forStatus(status);
        probleme.setTitle(titre(status));
        probleme.setDetail(message("api.probleme." + cleDetail, arguments));
        return probleme;
    }

    /** The French title of a status ({@code api.probleme.<status>.titre}, else the 4xx or 5xx one). */
    public String titre(HttpStatusCode status) {
        return premier(status.value() + ".titre", status.is5xxServerError() ? "500.titre" : "400.titre");
    }

    /** The first of these {@code api.probleme.*} messages that exists (the last one must). */
    public String premier(String... cles) {
        for (int i = 0; i < cles.length - 1; i++) {
            String texte = messages.getMessage("api.probleme." + cles[i], null, null, LocaleContextHolder.getLocale());
            if (texte != null) {
                return texte;
            }
        }
        return message("api.probleme." + cles[cles.length - 1]);
    }

    public String message(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, LocaleContextHolder.getLocale());
    }

    /** Writes the problem as the response (status, content type, body), unless the response is already committed. */
    public void ecrire(HttpServletRequest request, HttpServletResponse response, ProblemDetail probleme)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(probleme.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> corps = new LinkedHashMap<>();
        if (probleme.getType() != null) {
            corps.put("type", probleme.getType().toString());
        }
        corps.put("title", probleme.getTitle());
        corps.put("status", probleme.getStatus());
        corps.put("detail", probleme.getDetail());
        corps.put("instance", probleme.getInstance() != null ? probleme.getInstance().toString()
                : request.getRequestURI());
        if (probleme.getProperties() != null) {
            corps.putAll(probleme.getProperties());
        }
        json.writeValue(response.getOutputStream(), corps);
    }
}
