package fr.vao.api.web;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vao.api.ClesApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/.well-known/jwks.json}: the public keys that verify VAO's API tokens, without a token. */
@RestController
@Tag(name = "Authentification")
class JwksController {

    private final ClesApi cles;

    JwksController(ClesApi cles) {
        this.cles = cles;
    }

    @GetMapping(path = "/api/v1/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Clés publiques de signature des jetons (JWK Set)",
            description = "Les clés RSA publiques qui vérifient les jetons d'API émis par VAO, chacune avec son "
                    + "identifiant (kid). Pendant une rotation, l'ancienne et la nouvelle clé y figurent.")
    @SecurityRequirements
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(cles.publiques().toJSONObject());
    }
}
