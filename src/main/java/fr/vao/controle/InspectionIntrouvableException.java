package fr.vao.controle;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An inspection (or a stay) that does not exist or that this user may not see: a 404, never a hint it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InspectionIntrouvableException extends RuntimeException {

    public InspectionIntrouvableException() {
        super("Inspection introuvable");
    }
}
