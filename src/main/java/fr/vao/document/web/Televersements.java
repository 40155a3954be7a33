package fr.vao.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The upload step of every form that takes a file (template fragment {@code fragments/document :: televersement}):
 * stores the file, or puts the reason it was refused on the form field, in French.
 */
@Component
public class Televersements {

    private final Documents documents;

    Televersements(Documents documents) {
        this.documents = documents;
    }

    /**
     * @return the stored document, or empty when no file was chosen or when it was refused (then {@code erreurs} has
     *     the reason on {@code champ})
     */
    public Optional<DocumentStocke> deposer(MultipartFile fichier, Categorie categorie, UtilisateurConnecte deposant,
            Errors erreurs, String champ) {
        if (fichier == null || fichier.isEmpty() && (fichier.getOriginalFilename() == null
                || fichier.getOriginalFilename().isBlank())) {
            return Optional.empty();
        }
        try {
            return Optional.of(documents.deposer(new Depot(fichier.getOriginalFilename(), fichier.getBytes(),
                    categorie, deposant)));
        } catch (DocumentRefuseException e) {
            erreurs.rejectValue(champ, e.motif().cle());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
