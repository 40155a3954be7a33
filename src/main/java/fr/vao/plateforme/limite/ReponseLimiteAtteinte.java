package fr.vao.plateforme.limite;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import fr.vao.plateforme.web.PagesErreur;

/** 429 with {@code Retry-After} and the French error page saying when to try again. */
@ControllerAdvice
class ReponseLimiteAtteinte {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H 'h' mm");

    private final Clock horloge;

    ReponseLimiteAtteinte(Clock horloge) {
        this.horloge = horloge;
    }

    @ExceptionHandler(LimiteAtteinte.class)
    ModelAndView limiteAtteinte(LimiteAtteinte e, HttpServletResponse response) {
        long secondes = e.verdict().secondes();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(secondes));
        ZonedDateTime reprise = ZonedDateTime.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusSeconds(secondes);
        return PagesErreur.page(HttpStatus.TOO_MANY_REQUESTS,
                Map.of("minutesAttente", (secondes + 59) / 60, "heureReprise", reprise.format(HEURE)));
    }
}
