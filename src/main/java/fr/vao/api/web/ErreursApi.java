package fr.vao.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import tools.jackson.core.JacksonException;

import fr.vao.api.ProblemesApi;
import fr.vao.document.DocumentRefuseException;
import fr.vao.hebergement.HebergementIntrouvableException;
import fr.vao.hebergement.HebergementInvalideException;
import fr.vao.hebergement.TransitionInterditeException;
import fr.vao.sejour.DeclarationIntrouvableException;

/**
 * The API's domain errors as {@code application/problem+json} in French (RFC 9457, ADR 0034): the status, a title, a
 * detail, and for an invalid hébergement its field errors in {@code erreurs}, each {@code {champ, message}} with the
 * API's field path. Before the generic handlers (highest precedence), for the API's {@code @RestController}s only (like
 * {@link ErreursGeneriquesApi}: the token page of "Mon compte" keeps the portal's error pages). Another
 * organisation's object answers exactly as an unknown one (404).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErreursApi {

    /** One field error: the field's path in the API's JSON and the French message. */
    record ErreurChamp(String champ, String message) {
    }

    static final String PROBLEME = "application/problem+json";

    private final MessageSource messages;
    private final ProblemesApi problemes;

    ErreursApi(MessageSource messages, ProblemesApi problemes) {
        this.messages = messages;
        this.problemes = problemes;
    }

    @ApiResponse(responseCode = "400", description = "Requête invalide : champs dans « erreurs », corps illisible",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ExceptionHandler(HebergementInvalideException.class)
    ResponseEntity<ProblemDetail> invalide(HebergementInvalideException e) {
        List<ErreurChamp> erreurs = e.erreurs().stream()
                .map(x -> new ErreurChamp(HebergementApi.champ(x.champ()), message(x.cle()))).toList();
        ProblemDetail p = probleme(HttpStatus.BAD_REQUEST, "api.hebergement.invalide.titre",
                "api.hebergement.invalide");
        p.setProperty("erreurs", erreurs);
        return reponse(p);
    }

    @ApiResponse(responseCode = "404", description = "Introuvable, ou objet d’une autre organisation",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ExceptionHandler({HebergementIntrouvableException.class, DeclarationIntrouvableException.class})
    ResponseEntity<ProblemDetail> introuvable(RuntimeException e) {
        return reponse(probleme(HttpStatus.NOT_FOUND, null,
                e instanceof DeclarationIntrouvableException ? "api.declaration.introuvable"
                        : "api.hebergement.introuvable"));
    }

    /** A stale version (optimistic lock) or a status change the current status does not allow. */
    @ApiResponse(responseCode = "409", description = "Version périmée ou transition interdite",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ExceptionHandler(TransitionInterditeException.class)
    ResponseEntity<ProblemDetail> conflit(TransitionInterditeException e) {
        return reponse(probleme(HttpStatus.CONFLICT, null, e.cle()));
    }

    @ApiResponse(responseCode = "403", description = "Objet d’un autre établissement : lecture seule",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> interdit(AccessDeniedException e) {
        return reponse(probleme(HttpStatus.FORBIDDEN, "api.interdit.titre", "api.interdit"));
    }

    private static final Map<DocumentRefuseException.Motif, HttpStatus> STATUTS_REFUS = Map.of(
            DocumentRefuseException.Motif.VIDE, HttpStatus.BAD_REQUEST,
            DocumentRefuseException.Motif.TROP_VOLUMINEUX, HttpStatus.CONTENT_TOO_LARGE,
            DocumentRefuseException.Motif.TYPE_NON_ACCEPTE, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            DocumentRefuseException.Motif.PDF_SEULEMENT, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            DocumentRefuseException.Motif.PDF_AVEC_JAVASCRIPT, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            DocumentRefuseException.Motif.VIRUS, HttpStatus.UNPROCESSABLE_CONTENT,
            DocumentRefuseException.Motif.ANTIVIRUS_INDISPONIBLE, HttpStatus.SERVICE_UNAVAILABLE);

    @ExceptionHandler(DocumentRefuseException.class)
    ResponseEntity<ProblemDetail> documentRefuse(DocumentRefuseException e) {
        ProblemDetail p = probleme(STATUTS_REFUS.get(e.motif()), "api.fichier.refuse.titre", e.motif().cle());
        p.setProperty("erreurs", List.of(new ErreurChamp("file", message(e.motif().cle()))));
        return reponse(p);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> fichierManquant(MissingServletRequestPartException e) {
        ProblemDetail p = probleme(HttpStatus.BAD_REQUEST, null, "api.fichier.manquant");
        p.setProperty("erreurs", List.of(new ErreurChamp("file", message("api.fichier.manquant"))));
        return reponse(p);
    }

    /** Not JSON, or a value of the wrong type: the field's path when the parser knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> illisible(HttpMessageNotReadableException e) {
        ProblemDetail p = probleme(HttpStatus.BAD_REQUEST, null, "api.requete.illisible");
        if (e.getCause() instanceof JacksonException j) {
            String champ = j.getPath().stream().map(JacksonException.Reference::getPropertyName)
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("."));
            if (!champ.isEmpty()) {
                p.setProperty("erreurs", List.of(new ErreurChamp(champ, message("api.requete.type"))));
            }
        }
        return reponse(p);
    }

    @ExceptionHandler(ProblemeApi.class)
    ResponseEntity<ProblemDetail> api(ProblemeApi e) {
        return reponse(probleme(e.statut(), null, e.cle()));
    }

    /** A problem with the status's French title (the generic handlers' own, {@link ProblemesApi}) or a specific one. */
    private ProblemDetail probleme(HttpStatusCode statut, String titre, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(statut, message(detail));
        p.setTitle(titre == null ? problemes.titre(statut) : messages.getMessage(titre, null, Locale.FRANCE));
        return p;
    }

    private static ResponseEntity<ProblemDetail> reponse(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** The French message of a key, in its API variant ({@code api.<key>}) when the portal's speaks of its page. */
    private String message(String cle) {
        String variante = messages.getMessage("api." + cle, null, null, Locale.FRANCE);
        return variante != null ? variante : messages.getMessage(cle, null, cle, Locale.FRANCE);
    }
}
