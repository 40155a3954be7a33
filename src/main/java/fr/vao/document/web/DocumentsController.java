package fr.vao.document.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fr.vao.document.Documents;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * Downloads, on both portals ({@code /documents/{id}}, {@code /bo/documents/{id}}): only when the logged-in user may
 * read the object the document belongs to; otherwise 404, so that an id reveals nothing. Always as an attachment.
 */
@Controller
class DocumentsController {

    private final Documents documents;

    DocumentsController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping({"/documents/{id}", "/bo/documents/{id}"})
    ResponseEntity<byte[]> telecharger(@PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Documents.Contenu contenu = documents.lire(uuid, UtilisateurCourant.obtenir())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contenu.description().typeMime()))
                .contentLength(contenu.octets().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(contenu.description().nom(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(contenu.octets());
    }
}
