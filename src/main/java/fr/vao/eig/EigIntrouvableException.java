package fr.vao.eig;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An EIG (or a stay) that does not exist or that this user may not see: a 404, never a hint that it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EigIntrouvableException extends RuntimeException {

    public EigIntrouvableException() {
        super("EIG introuvable");
    }
}
