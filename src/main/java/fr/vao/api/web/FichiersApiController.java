package fr.vao.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * Uploads of the hébergements' ERP documents (spec §2.11, §7.4) through the portal's {@link Documents}: 5 MB at
 * most, PDF, PNG or JPEG recognised by content, no PDF with active content, antivirus; nothing is stored when
 * refused. The answered uuid is then given in an hébergement's {@code accommodationInfo}; only its depositor can.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Fichiers", description = "Dépôt des documents ERP des hébergements")
class FichiersApiController {

    private final Documents documents;

    FichiersApiController(Documents documents) {
        this.documents = documents;
    }

    @Schema(name = "Fichier",
            description = "Un fichier accepté ; status vaut toujours « success » (compatibilité avec la référence)")
    record Fichier(UUID uuid, String status, String name, String mimeType, int size) {
    }

    @PostMapping(path = {"/fichiers", "/file"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Déposer un fichier",
            description = "Champ multipart « file » : PDF, PNG ou JPEG (type reconnu d’après le contenu), 5 Mo au "
                    + "plus, sans JavaScript ni action automatique dans un PDF, vérifié par l’antivirus. Alias de la "
                    + "référence : POST /api/v1/file.")
    @ApiResponse(responseCode = "201", description = "Fichier accepté")
    @ApiResponse(responseCode = "413", description = "Plus de 5 Mo", content = @Content(
            mediaType = ErreursApi.PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Type refusé ou PDF avec JavaScript", content = @Content(
            mediaType = ErreursApi.PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Refusé par l’antivirus", content = @Content(
            mediaType = ErreursApi.PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Antivirus indisponible", content = @Content(
            mediaType = ErreursApi.PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Fichier> deposer(@RequestPart("file") MultipartFile file) {
        byte[] octets;
        try {
            octets = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentStocke d = documents.deposer(new Depot(file.getOriginalFilename(), octets, Categorie.HEBERGEMENT_ERP,
                UtilisateurCourant.obtenir()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Fichier(d.id(), "success", d.nom(), d.typeMime(), d.taille()));
    }
}
