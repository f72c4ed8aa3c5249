package dev.contractgate.conformance.judge;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.SpecLines;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Optional;

/**
 * Turns the validator's schema pointer (relative to a response's schema, {@code $ref}s already
 * inlined) into the place in the spec that failed: {@code /properties/tokens/items/required}
 * under {@code ApiTokensPaginated} is {@code /components/schemas/ApiToken/required}.
 */
final class SchemaLocator {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final java.util.Set<String> OBJECT_KEYWORDS = java.util.Set.of("required", "additionalProperties");

    private SchemaLocator() {
    }

    /**
     * @param responsePointer the JSON pointer of the response in the spec (…/responses/200)
     * @param schemaPointer   the validator's pointer into that response's JSON schema
     * @param keyword         the schema keyword that failed ({@code required}, {@code format}), or null: the
     *                        keywords about an object's fields ({@code required}) are part of the place
     */
    @SuppressWarnings("rawtypes")
    static Optional<String> locate(OpenAPI api, ApiResponse response, String responsePointer, String schemaPointer,
                                   String keyword) {
        MediaType json = response.getContent() == null ? null : response.getContent().get(SpecOperation.JSON);
        if (json == null || json.getSchema() == null || schemaPointer == null) {
            return Optional.empty();
        }
        String base = responsePointer + "/content/" + SpecLines.escape(SpecOperation.JSON) + "/schema";
        Schema at = json.getSchema();
        List<String> segments = segments(schemaPointer);
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            if (at != null && at.get$ref() != null && at.get$ref().startsWith(COMPONENTS)) {
                String name = at.get$ref().substring(COMPONENTS.length());
                base = "/components/schemas/" + SpecLines.escape(name);
                rest.setLength(0);
                at = api.getComponents().getSchemas().get(name);
            }
            String segment = segments.get(i);
            rest.append('/').append(SpecLines.escape(segment));
            at = step(at, segment, i + 1 < segments.size() ? segments.get(i + 1) : null);
            if ("properties".equals(segment) && i + 1 < segments.size()) {
                rest.append('/').append(SpecLines.escape(segments.get(++i)));
            }
        }
        if (at != null && at.get$ref() != null && at.get$ref().startsWith(COMPONENTS)) {
            base = "/components/schemas/" + SpecLines.escape(at.get$ref().substring(COMPONENTS.length()));
            rest.setLength(0);
        }
        if (keyword != null && OBJECT_KEYWORDS.contains(keyword)) {
            rest.append('/').append(keyword);
        }
        return Optional.of(base + rest);
    }

    @SuppressWarnings("rawtypes")
    private static Schema step(Schema at, String segment, String next) {
        if (at == null) {
            return null;
        }
        return switch (segment) {
            case "properties" -> next == null || at.getProperties() == null ? null : (Schema) at.getProperties().get(next);
            case "items" -> at.getItems();
            default -> null; // required, enum, format, type...: the place is the keyword itself
        };
    }

    private static List<String> segments(String pointer) {
        if (pointer.isEmpty() || "/".equals(pointer)) {
            return List.of();
        }
        return java.util.Arrays.stream(pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/"))
                .map(s -> s.replace("~1", "/").replace("~0", "~")).toList();
    }
}
