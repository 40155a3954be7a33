package fr.vao.eig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys of the EIG's encryption at rest (ADR 0024), from the environment only: {@code VAO_CHIFFREMENT_CLES}
 * ({@code id1:base64,id2:base64}, 32-byte keys) and {@code VAO_CHIFFREMENT_CLE_ACTIVE}. Only the local run and the
 * tests have a default (their profiles' properties): without keys the application refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class ChiffrementConfig {

    @Bean
    Chiffrement chiffrement(@Value("${vao.chiffrement.cles:}") String cles,
            @Value("${vao.chiffrement.cle-active:}") String active) {
        if (cles.isBlank()) {
            throw new IllegalStateException("VAO_CHIFFREMENT_CLES est obligatoire : les champs sensibles des EIG sont "
                    + "chiffrés (AES-256-GCM, ADR 0024). Exemple : VAO_CHIFFREMENT_CLES=k2026:<32 octets en base64>");
        }
        return Chiffrement.depuis(cles, active);
    }
}
