package fr.vao.document.antivirus;

import java.net.URI;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the antivirus adapter (ADR 0008). {@code VAO_ANTIVIRUS_MODE=required} (default): the HTTP service when
 * {@code VAO_ANTIVIRUS_URL} is set, else clamd when {@code VAO_ANTIVIRUS_CLAMD_HOTE} is set, else none, and every
 * upload is refused. {@code disabled}: no scan (local run only), logged as a warning at start.
 */
@Configuration(proxyBeanMethods = false)
class AntivirusConfig {

    private static final Logger LOG = LoggerFactory.getLogger(AntivirusConfig.class);

    @Bean
    Antivirus antivirus(@Value("${vao.antivirus.mode:required}") String mode,
            @Value("${vao.antivirus.url:}") String url, @Value("${vao.antivirus.clamd.hote:}") String hote,
            @Value("${vao.antivirus.clamd.port:3310}") int port, @Value("${vao.antivirus.delai:30s}") Duration delai) {
        Antivirus antivirus;
        if ("disabled".equalsIgnoreCase(mode.strip())) {
            LOG.warn("Antivirus DÉSACTIVÉ (vao.antivirus.mode=disabled) : les fichiers déposés ne sont pas analysés. "
                    + "À n'utiliser qu'en local.");
            return new Antivirus() {
                @Override
                public Resultat analyser(String nom, byte[] contenu) {
                    return new Resultat.Sain();
                }

                @Override
                public String description() {
                    return "désactivé";
                }
            };
        }
        if (!"required".equalsIgnoreCase(mode.strip())) {
            throw new IllegalStateException("vao.antivirus.mode doit valoir required ou disabled, pas « " + mode + " »");
        }
        if (!url.isBlank()) {
            antivirus = new AntivirusHttp(URI.create(url.strip()), delai);
        } else if (!hote.isBlank()) {
            antivirus = new AntivirusClamd(hote.strip(), port, delai);
        } else {
            LOG.error("Aucun antivirus configuré (VAO_ANTIVIRUS_URL ou VAO_ANTIVIRUS_CLAMD_HOTE) : tout dépôt de "
                    + "fichier sera refusé.");
            return new Antivirus() {
                @Override
                public Resultat analyser(String nom, byte[] contenu) {
                    return new Resultat.Indisponible("aucun antivirus configuré");
                }

                @Override
                public String description() {
                    return "non configuré";
                }
            };
        }
        LOG.info("Antivirus : {}", antivirus.description());
        return antivirus;
    }
}
