package dev.contractgate.mock.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.filter.Filter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every response the tests see is checked against {@code openapi/agent-tokens.yaml} (system
 * property {@code contract.spec}) with the Atlassian validator, so the server cannot drift from
 * the spec. Paths are matched at the root (the spec's server URL carries {@code /v1}).
 */
public final class SpecValidation {

    private static final String SPEC = specLocation();

    /** Request and response must both match the spec. */
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).withBasePathOverride("/").build());

    /** The request is meant to break the spec (to provoke an error); the response must still match it. */
    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).withBasePathOverride("/")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    /** For errors the spec cannot name (unknown path, 405, 406, 413, 415): checks the body as the Error schema. */
    static final OpenApiInteractionValidator ERROR_SCHEMA = OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
            .withBasePathOverride("/")
            .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
            .build();

    private SpecValidation() {
    }

    public static Filter strict() {
        return judged(STRICT);
    }

    public static Filter responseOnly() {
        return judged(RESPONSE_ONLY);
    }

    /** The schema validation, then the one judge on the same answer: invariants, order, secrets, ids never reused. */
    private static Filter judged(Filter validation) {
        return (request, response, context) -> JudgeFilter.judge(request, validation.filter(request, response, context));
    }

    public static Filter errorBodyOnly() {
        return new ErrorBodyValidationFilter();
    }

    /** For the server's own endpoints (health, admin): proves their paths are not the API's. */
    public static Filter outsideApiPaths() {
        return (request, response, context) -> {
            Request.Method method = Request.Method.valueOf(request.getMethod());
            String path = java.net.URI.create(request.getURI()).getPath();
            ValidationReport report = ERROR_SCHEMA_STRICT_REQUESTS.validateRequest(
                    com.atlassian.oai.validator.model.SimpleRequest.Builder.get(path).build());
            if (report.getMessages().stream().noneMatch(m -> m.getKey().equals("validation.request.path.missing"))) {
                throw new AssertionError(method + " " + path + " is an API path of the spec, not the server's own");
            }
            return context.next(request, response);
        };
    }

    private static final OpenApiInteractionValidator ERROR_SCHEMA_STRICT_REQUESTS =
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).withBasePathOverride("/").build();

    /** Validates a body as the spec's Error schema by presenting it as a documented 400 of ListAgentTokens. */
    public static ValidationReport validateErrorBody(String body, String contentType) {
        SimpleResponse response = SimpleResponse.Builder.status(400).withContentType(contentType).withBody(body).build();
        return ERROR_SCHEMA.validateResponse("/organizations/o/deployments/d/agent-tokens", Request.Method.GET, response);
    }

    private static String specLocation() {
        String spec = System.getProperty("contract.spec");
        if (spec == null || !Files.isRegularFile(Path.of(spec))) {
            throw new IllegalStateException("system property contract.spec must name openapi/agent-tokens.yaml, not " + spec);
        }
        return Path.of(spec).toUri().toString();
    }
}
