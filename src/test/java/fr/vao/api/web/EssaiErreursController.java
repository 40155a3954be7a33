package fr.vao.api.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Test-only API routes that fail in each of the ways ErreursGeneriquesApiTest checks: not in the production jar, and
 * not in the local run either (its classpath holds the test classes), hence the profile.
 */
@RestController
@org.springframework.context.annotation.Profile("test")
class EssaiErreursController {

    record Essai(@NotBlank String nom, @Min(1) int nombre) {
    }

    @PostMapping(path = "/api/v1/essais", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> creer(@Valid @RequestBody Essai essai) {
        return Map.of("nom", essai.nom());
    }

    @GetMapping("/api/v1/essais/{id}")
    Map<String, Object> lire(@PathVariable long id) {
        return Map.of("id", id);
    }

    @GetMapping("/api/v1/essais/panne")
    Map<String, Object> panne() {
        throw new IllegalStateException("détail interne secret");
    }

    @GetMapping("/api/v1/essais/refus")
    Map<String, Object> refus() {
        throw new AccessDeniedException("pas à vous");
    }

    @PostMapping(path = "/api/v1/essais/fichier", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> fichier(@RequestPart("fichier") MultipartFile fichier) {
        return Map.of("taille", fichier.getSize());
    }
}
