package fr.vao.eig;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A user without the EIG role the action needs (spec §1.1, §1.2): a 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class EigInterditException extends RuntimeException {

    public EigInterditException() {
        super("Accès aux EIG refusé");
    }
}
