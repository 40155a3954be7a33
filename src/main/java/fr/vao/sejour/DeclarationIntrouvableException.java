package fr.vao.sejour;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A déclaration that does not exist or that this user may not see: a 404, never a hint that it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DeclarationIntrouvableException extends RuntimeException {

    public DeclarationIntrouvableException() {
        super("Déclaration introuvable");
    }
}
