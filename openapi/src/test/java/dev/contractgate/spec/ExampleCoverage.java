package dev.contractgate.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every request body and every response with a body shows at least one example, and each
 * example of an error response says, in {@code statusCode}, the status it is answered with.
 * Responses given by {@code $ref} are looked at where they are defined, so a pointer names the
 * example itself.
 */
final class ExampleCoverage {
    static final String MISSING = "example.missing";
    static final String STATUS_MISMATCH = "example.statusCode";
    static final String REQUEST_ID_HEADER = "response.requestIdHeader";

    private final OpenAPI api;
    private final Set<Violation> violations = new LinkedHashSet<>(); // shared responses are reached from several operations

    private ExampleCoverage(OpenAPI api) {
        this.api = api;
    }

    static List<Violation> check(OpenAPI api) {
        ExampleCoverage coverage = new ExampleCoverage(api);
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                    coverage.operation(op, "paths", path, method.name().toLowerCase())));
        }
        return List.copyOf(coverage.violations);
    }

    private void operation(Operation op, String... at) {
        if (op.getRequestBody() != null && op.getRequestBody().get$ref() == null) {
            content(op.getRequestBody().getContent(), null, join(at, "requestBody"));
        }
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().forEach((status, response) -> {
            String[] where = join(at, "responses", status);
            ApiResponse resolved = response;
            if (response.get$ref() != null) {
                String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
                resolved = api.getComponents() == null || api.getComponents().getResponses() == null
                        ? null : api.getComponents().getResponses().get(name);
                where = new String[] {"components", "responses", name};
            }
            if (resolved == null) {
                return;
            }
            Integer errorStatus = status.startsWith("4") || status.startsWith("5") ? Integer.valueOf(status) : null;
            if (errorStatus != null && (resolved.getHeaders() == null || !resolved.getHeaders().containsKey("X-Request-Id"))) {
                violations.add(new Violation(REQUEST_ID_HEADER, Pointer.of(join(where, "headers")),
                        "error response " + status + " must declare the X-Request-Id header"));
            }
            content(resolved.getContent(), errorStatus, where);
        });
    }

    private void content(Content content, Integer errorStatus, String... at) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> media(media, errorStatus, join(at, "content", mediaType)));
    }

    private void media(MediaType media, Integer errorStatus, String... at) {
        Map<String, io.swagger.v3.oas.models.examples.Example> examples = media.getExamples();
        boolean none = media.getExample() == null && (examples == null || examples.isEmpty());
        if (none) {
            violations.add(new Violation(MISSING, Pointer.of(at), "a body needs at least one example"));
            return;
        }
        if (errorStatus == null || examples == null) {
            return;
        }
        examples.forEach((name, example) -> {
            JsonNode value = Json.mapper().valueToTree(example.getValue());
            JsonNode statusCode = value == null ? null : value.get("statusCode");
            if (statusCode == null || statusCode.asInt() != errorStatus) {
                violations.add(new Violation(STATUS_MISMATCH, Pointer.of(join(at, "examples", name, "value", "statusCode")),
                        "an example of a " + errorStatus + " response must say statusCode " + errorStatus));
            }
        });
    }

    private static String[] join(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
