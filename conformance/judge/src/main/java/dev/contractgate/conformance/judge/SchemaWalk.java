package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.SpecLines;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * Walks a JSON value along the schema it is judged by ({@code $ref}s to components followed,
 * properties, array items, {@code allOf}), telling a visitor each schema node and the value it
 * describes, with the schema's JSON pointer in the spec. Depth-bounded, so a self-referencing
 * schema cannot loop.
 */
final class SchemaWalk {

    private static final int MAX_DEPTH = 64;
    private static final String COMPONENTS = "#/components/schemas/";

    interface Visitor {
        void visit(Schema<?> schema, String schemaPointer, JsonNode value, String valuePointer);
    }

    private final OpenAPI openApi;

    SchemaWalk(OpenAPI openApi) {
        this.openApi = openApi;
    }

    void walk(Schema<?> schema, String schemaPointer, JsonNode value, Visitor visitor) {
        walk(schema, schemaPointer, value, "", visitor, 0);
    }

    /** The schema a {@code $ref} names, with its pointer; the schema itself when it is no reference. */
    Map.Entry<Schema<?>, String> resolve(Schema<?> schema, String pointer) {
        Schema<?> s = schema;
        String p = pointer;
        for (int hops = 0; s != null && s.get$ref() != null && hops < 10; hops++) {
            String ref = s.get$ref();
            if (!ref.startsWith(COMPONENTS) || openApi.getComponents() == null
                    || openApi.getComponents().getSchemas() == null) {
                return null;
            }
            String name = ref.substring(COMPONENTS.length());
            s = openApi.getComponents().getSchemas().get(name);
            p = "/components/schemas/" + SpecLines.escape(name);
        }
        return s == null ? null : Map.entry(s, p);
    }

    private void walk(Schema<?> schema, String schemaPointer, JsonNode value, String valuePointer, Visitor visitor, int depth) {
        if (schema == null || value == null || value.isNull() || value.isMissingNode() || depth > MAX_DEPTH) {
            return;
        }
        Map.Entry<Schema<?>, String> resolved = resolve(schema, schemaPointer);
        if (resolved == null) {
            return;
        }
        Schema<?> s = resolved.getKey();
        String pointer = resolved.getValue();
        visitor.visit(s, pointer, value, valuePointer);
        if (s.getAllOf() != null) {
            for (int i = 0; i < s.getAllOf().size(); i++) {
                walk(s.getAllOf().get(i), pointer + "/allOf/" + i, value, valuePointer, visitor, depth + 1);
            }
        }
        if (value.isObject() && s.getProperties() != null) {
            for (Map.Entry<String, Schema> property : s.getProperties().entrySet()) {
                JsonNode child = value.get(property.getKey());
                if (child != null) {
                    walk(property.getValue(), pointer + "/properties/" + SpecLines.escape(property.getKey()), child,
                            valuePointer + "/" + SpecLines.escape(property.getKey()), visitor, depth + 1);
                }
            }
        }
        if (value.isArray() && s.getItems() != null) {
            for (int i = 0; i < value.size(); i++) {
                walk(s.getItems(), pointer + "/items", value.get(i), valuePointer + "/" + i, visitor, depth + 1);
            }
        }
    }
}
