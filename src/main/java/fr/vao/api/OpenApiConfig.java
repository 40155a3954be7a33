package fr.vao.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API's OpenAPI document ({@code /api/v1/openapi.json}, Swagger UI at {@code /api/v1/docs}; springdoc settings in
 * application.properties): only {@code /api/v1/**}, every operation behind a bearer JWT unless it says otherwise.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String SCHEMA = "jeton";

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("API VAO").version("v1").description("""
                        API des vacances adaptées organisées pour les logiciels des organisateurs : hébergements, \
                        fichiers et déclarations de séjour de l'organisme du jeton. Authentification par un jeton \
                        créé dans « Mon compte » > « Jetons d'API » du portail organisateur, envoyé dans l'en-tête \
                        Authorization: Bearer <jeton>. Erreurs au format application/problem+json (RFC 9457), \
                        en français ; 429 avec Retry-After au-delà de la limite de débit."""))
                .components(new Components().addSecuritySchemes(SCHEMA, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Jeton d'API (JWT RS256 signé par VAO), valable un an au plus, révocable.")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEMA));
    }
}
