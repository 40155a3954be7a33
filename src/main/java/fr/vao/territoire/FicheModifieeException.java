package fr.vao.territoire;

/** The fiche changed since the form was opened (optimistic lock). */
public class FicheModifieeException extends RuntimeException {

    public FicheModifieeException() {
        super("Fiche territoire modifiée entre-temps");
    }
}
