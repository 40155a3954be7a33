package fr.vao.api.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/health} (spec §7.4): whether the API answers, without a token. */
@RestController
class SanteController {

    @GetMapping("/api/v1/health")
    Map<String, String> sante() {
        return Map.of("status", "ok");
    }
}
