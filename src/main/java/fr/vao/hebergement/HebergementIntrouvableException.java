package fr.vao.hebergement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or not this user's to see: both answer 404, so that the existence of others' hébergements is not told. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class HebergementIntrouvableException extends RuntimeException {

    public HebergementIntrouvableException() {
        super("Hébergement introuvable");
    }
}
