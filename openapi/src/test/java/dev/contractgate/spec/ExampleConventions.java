package dev.contractgate.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The conventions the spec's description promises, checked on each example by walking it beside
 * its schema: no field is ever {@code null}, and every date-time is UTC written
 * {@code YYYY-MM-DDTHH:MM:SSZ}.
 */
final class ExampleConventions {
    static final String NULL_VALUE = "example.null";
    static final String DATE_TIME = "example.dateTime";

    private static final Pattern UTC_SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final int MAX_DEPTH = 32;

    private final OpenAPI api;
    private final List<Violation> sink;

    ExampleConventions(OpenAPI api, List<Violation> sink) {
        this.api = api;
        this.sink = sink;
    }

    void check(JsonNode value, Schema<?> schema, String pointer) {
        visit(value, schema, pointer, 0);
    }

    private void visit(JsonNode value, Schema<?> schema, String pointer, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value.isNull()) {
            sink.add(new Violation(NULL_VALUE, pointer, "no field is ever null: leave the field out"));
            return;
        }
        Schema<?> resolved = resolve(schema);
        if (resolved != null && "date-time".equals(resolved.getFormat()) && value.isTextual()
                && !UTC_SECONDS.matcher(value.asText()).matches()) {
            sink.add(new Violation(DATE_TIME, pointer, "date-times are UTC as YYYY-MM-DDTHH:MM:SSZ, not " + value.asText()));
        }
        if (value.isObject()) {
            Map<String, Schema> properties = resolved == null ? null : resolved.getProperties();
            value.fields().forEachRemaining(field -> visit(field.getValue(),
                    properties == null ? null : properties.get(field.getKey()),
                    pointer + Pointer.of(field.getKey()), depth + 1));
        } else if (value.isArray()) {
            Schema<?> items = resolved == null ? null : resolved.getItems();
            for (int i = 0; i < value.size(); i++) {
                visit(value.get(i), items, pointer + "/" + i, depth + 1);
            }
        }
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null && hops < MAX_DEPTH; hops++) {
            String ref = current.get$ref();
            Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
            current = schemas == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }
}
