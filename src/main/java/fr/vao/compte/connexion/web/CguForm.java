package fr.vao.compte.connexion.web;

import jakarta.validation.constraints.AssertTrue;

/** CGU acceptance at first login. */
class CguForm {

    @AssertTrue(message = "{cgu.acceptation.obligatoire}")
    private boolean accepte;

    public boolean isAccepte() {
        return accepte;
    }

    public void setAccepte(boolean accepte) {
        this.accepte = accepte;
    }
}
