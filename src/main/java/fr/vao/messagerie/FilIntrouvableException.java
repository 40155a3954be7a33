package fr.vao.messagerie;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A thread this user may not read, or of an object that does not exist: a 404, never a hint that it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FilIntrouvableException extends RuntimeException {

    public FilIntrouvableException() {
        super("Fil de messages introuvable");
    }
}
