package fr.vao.eig;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rotation command (ADR 0024, docs/eig.md): started with {@code --vao.chiffrement.rotation=true} (or
 * {@code VAO_CHIFFREMENT_ROTATION=true}) and the new key active, the application re-encrypts every EIG, then exits.
 */
@Component
@ConditionalOnProperty(name = "vao.chiffrement.rotation", havingValue = "true")
class RotationAuDemarrage implements ApplicationRunner {

    private final RotationChiffrement rotation;
    private final ConfigurableApplicationContext contexte;

    RotationAuDemarrage(RotationChiffrement rotation, ConfigurableApplicationContext contexte) {
        this.rotation = rotation;
        this.contexte = contexte;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        rotation.reChiffrer();
        System.exit(SpringApplication.exit(contexte, () -> 0));
    }
}
