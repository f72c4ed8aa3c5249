package dev.contractgate.conformance.check;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/** Follows local {@code $ref}s of swagger-parser's model and reads schema facts with safe defaults. */
final class Schemas {

    private static final String PREFIX = "#/components/schemas/";

    private Schemas() {
    }

    @SuppressWarnings("rawtypes")
    static Schema resolve(OpenAPI api, Schema schema) {
        Schema s = schema;
        for (int hops = 0; s != null && s.get$ref() != null && hops < 20; hops++) {
            String ref = s.get$ref();
            if (!ref.startsWith(PREFIX) || api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return s;
            }
            s = api.getComponents().getSchemas().get(ref.substring(PREFIX.length()));
        }
        return s;
    }

    @SuppressWarnings("rawtypes")
    static String type(Schema s) {
        if (s == null) {
            return "object";
        }
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return String.valueOf(s.getTypes().iterator().next());
        }
        return s.getProperties() != null ? "object" : s.getItems() != null ? "array" : "string";
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Map<String, Schema> properties(Schema s) {
        return s == null || s.getProperties() == null ? Map.of() : s.getProperties();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<String> required(Schema s) {
        return s == null || s.getRequired() == null ? List.of() : s.getRequired();
    }
}
