package fr.vao.api;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API's OpenAPI document ({@code /api/v1/openapi.json}, Swagger UI at {@code /api/v1/docs}; springdoc settings in
 * application.properties): only {@code /api/v1/**}, every operation behind a bearer JWT unless it says otherwise,
 * and the errors every operation may answer (problem+json) described once.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String SCHEMA = "jeton";
    private static final String PROBLEME = "Probleme";

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("API VAO").version("v1").description("""
                        API des vacances adaptées organisées pour les logiciels des organisateurs : hébergements, \
                        fichiers et déclarations de séjour de l'organisme du jeton. Authentification par un jeton \
                        créé dans « Mon compte » > « Jetons d'API » du portail organisateur, envoyé dans l'en-tête \
                        Authorization: Bearer <jeton>. Erreurs au format application/problem+json (RFC 9457), \
                        en français ; 429 avec Retry-After au-delà de la limite de débit."""))
                .components(new Components()
                        .addSecuritySchemes(SCHEMA, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("Jeton d'API (JWT RS256 signé par VAO), valable un an au plus, révocable."))
                        .addSchemas(PROBLEME, new ObjectSchema()
                                .description("Problème (RFC 9457), en français")
                                .addProperty("title", new StringSchema().description("Titre selon le statut"))
                                .addProperty("status", new IntegerSchema().description("Statut HTTP"))
                                .addProperty("detail", new StringSchema().description("Explication"))
                                .addProperty("instance", new StringSchema().description("Chemin appelé"))))
                .addSecurityItem(new SecurityRequirement().addList(SCHEMA));
    }

    /** 401 and 429 on the operations behind a token, 500 on all, unless an operation describes them itself. */
    @Bean
    OpenApiCustomizer reponsesCommunes() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(chemin -> chemin.readOperations().forEach(operation -> {
                ApiResponses reponses = operation.getResponses() != null ? operation.getResponses()
                        : new ApiResponses();
                operation.setResponses(reponses);
                boolean publique = operation.getSecurity() != null && operation.getSecurity().isEmpty();
                if (!publique) {
                    reponses.putIfAbsent("401", probleme("Jeton absent, invalide, expiré ou révoqué, ou compte "
                            + "de son titulaire non validé (en-tête WWW-Authenticate: Bearer)"));
                    reponses.putIfAbsent("429", probleme("Limite de débit du jeton dépassée, ou adresse bloquée "
                            + "après trop de jetons invalides").addHeaderObject("Retry-After", new Header()
                            .description("Secondes à attendre avant de réessayer").schema(new IntegerSchema())));
                }
                reponses.putIfAbsent("500", probleme("Erreur inattendue (sans détail technique)"));
            }));
        };
    }

    private static ApiResponse probleme(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEME))));
    }
}
