package fr.vao.api.web;

import org.springframework.http.HttpStatus;

/** A refusal of the API itself (not of a domain rule): its status and the key of its French message. */
class ProblemeApi extends RuntimeException {

    private final HttpStatus statut;
    private final String cle;

    ProblemeApi(HttpStatus statut, String cle) {
        super(cle);
        this.statut = statut;
        this.cle = cle;
    }

    HttpStatus statut() {
        return statut;
    }

    String cle() {
        return cle;
    }
}
