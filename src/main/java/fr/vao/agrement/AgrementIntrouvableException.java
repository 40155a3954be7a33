package fr.vao.agrement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An agrément this user may not see, or that does not exist: a 404, never a hint that it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AgrementIntrouvableException extends RuntimeException {

    public AgrementIntrouvableException() {
        super("Agrément introuvable");
    }
}
