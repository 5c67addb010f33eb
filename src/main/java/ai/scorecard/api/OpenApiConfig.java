package ai.scorecard.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document at {@code /v3/api-docs} (what it covers is set in application.properties:
 * {@code /api/v1/**} and {@code /export/**}), with the problem details every endpoint may answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI scorecardApi() {
        return new OpenAPI()
                .info(new Info().title("AI Commercialization Scorecard API").version("v1")
                        .description("Read-only data of the scorecard for analysts: companies, products, dated and "
                                + "sourced facts, scores under a lens and methodology version, comparisons and the "
                                + "methodology, with the numbers the pages show. Field names are stable; dates are "
                                + "ISO 8601; a figure that is unknown is null, never 0. Every answer carries an ETag "
                                + "(from the data version, the methodology version and the day): ask again with "
                                + "If-None-Match for a 304. Errors are RFC 9457 problem details. CSV and XLSX "
                                + "exports of the same data are under /export."))
                // A path, not an address built from the Host header a client sent (the site never uses it).
                .servers(List.of(new Server().url("/").description("This site")))
                .tags(List.of(new Tag().name(CatalogApi.TAG), new Tag().name(ScoresApi.TAG),
                        new Tag().name(MethodologyApi.TAG), new Tag().name("Exports")))
                .components(new Components().addSchemas(PROBLEM, problemSchema()));
    }

    /** Every operation may be refused: a value that is not one (400), or a record, lens or version that is not (404). */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperationsMap().entrySet().stream())
                .filter(operation -> operation.getKey() == PathItem.HttpMethod.GET)
                .forEach(operation -> addProblems(operation.getValue()));
    }

    private static void addProblems(Operation operation) {
        operation.getResponses()
                .addApiResponse("400", problem("A parameter's value is not one the endpoint takes (an unknown lens, "
                        + "a number that is not one, the same company twice)."))
                .addApiResponse("404", problem("There is no such company, product or methodology version."));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("An RFC 9457 problem detail.")
                .addProperty("type", new StringSchema().description("Absent (about:blank): the status says what "
                        + "kind of problem it is."))
                .addProperty("title", new StringSchema().description("The status's reason phrase."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What was wrong, in the reader's language (the "
                        + "message the page shows), e.g. There is no lens “x”. Choose one from the list."))
                .addProperty("instance", new StringSchema().description("The path that was asked for."))
                .addProperty("parameter", new StringSchema().description("The parameter whose value was refused; "
                        + "absent when the whole request was."))
                .addProperty("value", new StringSchema().description("The value refused."));
    }
}
