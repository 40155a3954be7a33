package fr.vao.api.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/health} (spec §7.4): whether the API answers, without a token. */
@RestController
@Tag(name = "Santé")
class SanteController {

    @GetMapping("/api/v1/health")
    @Operation(summary = "État de l'API", description = "Répond {\"status\": \"ok\"} quand l'API fonctionne ; sans jeton.")
    @SecurityRequirements
    Map<String, String> sante() {
        return Map.of("status", "ok");
    }
}
