package dev.contractgate.conformance.diff.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Response bodies that are valid under a schema and lean on its edges, so that an old reader
 * meets what a server may now send: one sample per enum value (every value appears), every
 * optional field present, an {@code int64} beyond the {@code int32} range, the documented
 * format of every date, and {@code null} for nullable fields in a sample of its own.
 */
final class ResponseSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final OpenAPI model;

    ResponseSamples(OpenAPI model) {
        this.model = model;
    }

    /** Samples of a schema: as many as its longest enum has values, plus one with every nullable value null. */
    List<JsonNode> of(Schema<?> schema) {
        int variants = Math.max(1, longestEnum(schema, 0));
        List<JsonNode> samples = new ArrayList<>();
        for (int variant = 0; variant < variants; variant++) {
            samples.add(value(schema, variant, false, 0));
        }
        samples.add(value(schema, 0, true, 0));
        return samples;
    }

    private JsonNode value(Schema<?> raw, int variant, boolean nulls, int depth) {
        Schema<?> schema = resolve(raw);
        if (schema == null || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        if (nulls && Boolean.TRUE.equals(schema.getNullable())) {
            return NODES.nullNode();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            Object value = schema.getEnum().get(variant % schema.getEnum().size());
            if (value instanceof Number number) {
                return NODES.numberNode(new java.math.BigDecimal(number.toString()));
            }
            return value == null ? NODES.nullNode()
                    : value instanceof Boolean flag ? NODES.booleanNode(flag) : NODES.textNode(String.valueOf(value));
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
        return switch (type) {
            case "object" -> object(schema, variant, nulls, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(value(schema.getItems(), variant, nulls, depth + 1));
                yield array;
            }
            case "integer" -> "int64".equals(schema.getFormat()) ? NODES.numberNode(4_294_967_297L) : NODES.numberNode(7);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(text(schema));
        };
    }

    private ObjectNode object(Schema<?> schema, int variant, boolean nulls, int depth) {
        ObjectNode object = NODES.objectNode();
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                object.set(property.getKey(), value(property.getValue(), variant, nulls, depth + 1));
            }
        }
        return object;
    }

    private static String text(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date-time" -> "2026-01-02T03:04:05Z";
            case "date" -> "2026-01-02";
            case "uuid" -> "0b7d9e3a-1c2f-4e8b-a6d5-3f9c8b2e1a47";
            case "uri" -> "https://example.com/x";
            case "email" -> "agent@example.com";
            default -> "x".repeat(Math.max(1, schema.getMinLength() == null ? 1 : schema.getMinLength()));
        };
    }

    private int longestEnum(Schema<?> raw, int depth) {
        Schema<?> schema = resolve(raw);
        if (schema == null || depth > MAX_DEPTH) {
            return 0;
        }
        int longest = schema.getEnum() == null ? 0 : schema.getEnum().size();
        if (schema.getProperties() != null) {
            for (Schema<?> property : schema.getProperties().values()) {
                longest = Math.max(longest, longestEnum(property, depth + 1));
            }
        }
        if (schema.getItems() != null) {
            longest = Math.max(longest, longestEnum(schema.getItems(), depth + 1));
        }
        return longest;
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> at = schema;
        for (int hops = 0; hops < 10 && at != null && at.get$ref() != null; hops++) {
            String ref = at.get$ref();
            at = model.getComponents() == null || model.getComponents().getSchemas() == null ? null
                    : model.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return at;
    }
}
