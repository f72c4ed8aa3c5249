package dev.contractgate.conformance.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every schema of the document is one OpenAPI 3.0 can mean: a {@code type} it knows, keywords whose
 * values have the documented shape ({@code required} a list of names, {@code properties} an object,
 * bounds numbers, …), an array with {@code items}, and no misspelt keyword ({@code requird}). A spec
 * that breaks this cannot be judged: the validator refuses it with a raw dump and a check would blame
 * the server for it, so every engine refuses the spec at once (exit 2), naming the schema's
 * {@code file:line} and what is wrong, in words (a near-miss keyword with the one it misses; the
 * validator refuses any unknown keyword too, so it is refused here first, where its line is known).
 */
final class SchemaWellFormed {

    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array", "object");
    private static final Set<String> NUMBERS = Set.of("multipleOf", "maximum", "minimum");
    private static final Set<String> COUNTS = Set.of("maxLength", "minLength", "maxItems", "minItems",
            "maxProperties", "minProperties");
    private static final Set<String> FLAGS = Set.of("exclusiveMaximum", "exclusiveMinimum", "uniqueItems", "nullable",
            "readOnly", "writeOnly", "deprecated");
    private static final Set<String> TEXTS = Set.of("title", "description", "format", "pattern", "type", "$ref");
    private static final Set<String> SUBSCHEMA = Set.of("items", "not");
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf");
    private static final Set<String> OTHER = Set.of("required", "enum", "properties", "additionalProperties",
            "discriminator", "xml", "externalDocs", "example", "default");
    private static final List<String> KEYWORDS = new ArrayList<>();

    static {
        for (Set<String> group : List.of(NUMBERS, COUNTS, FLAGS, TEXTS, SUBSCHEMA, SUBSCHEMA_LISTS, OTHER)) {
            KEYWORDS.addAll(group);
        }
    }

    private final Path file;
    private final String text;
    private SpecLines lines;

    private SchemaWellFormed(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    static void check(Path file, JsonNode root, String text) {
        SchemaWellFormed check = new SchemaWellFormed(file, text);
        JsonNode components = root.path("components");
        components.path("schemas").fields().forEachRemaining(e -> check.schema(e.getValue(),
                "/components/schemas/" + SpecLines.escape(e.getKey())));
        for (String kind : List.of("parameters", "headers")) {
            components.path(kind).fields().forEachRemaining(e -> check.withSchema(e.getValue(),
                    "/components/" + kind + "/" + SpecLines.escape(e.getKey())));
        }
        for (String kind : List.of("responses", "requestBodies")) {
            components.path(kind).fields().forEachRemaining(e -> check.withContent(e.getValue(),
                    "/components/" + kind + "/" + SpecLines.escape(e.getKey())));
        }
        root.path("paths").fields().forEachRemaining(path -> {
            String at = "/paths/" + SpecLines.escape(path.getKey());
            check.parameters(path.getValue().path("parameters"), at + "/parameters");
            path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().isObject()) {
                    check.operation(op.getValue(), at + "/" + SpecLines.escape(op.getKey()));
                }
            });
        });
    }

    private void operation(JsonNode op, String at) {
        parameters(op.path("parameters"), at + "/parameters");
        withContent(op.path("requestBody"), at + "/requestBody");
        op.path("responses").fields().forEachRemaining(r -> withContent(r.getValue(),
                at + "/responses/" + SpecLines.escape(r.getKey())));
    }

    private void parameters(JsonNode list, String at) {
        for (int i = 0; i < list.size(); i++) {
            withSchema(list.get(i), at + "/" + i);
        }
    }

    /** A parameter or header: its schema, or its content's. */
    private void withSchema(JsonNode holder, String at) {
        if (holder.has("schema")) {
            schema(holder.get("schema"), at + "/schema");
        }
        withContent(holder, at);
    }

    /** A request body, response or parameter: the schema of each media type, and a response's headers. */
    private void withContent(JsonNode holder, String at) {
        holder.path("content").fields().forEachRemaining(media -> {
            if (media.getValue().has("schema")) {
                schema(media.getValue().get("schema"), at + "/content/" + SpecLines.escape(media.getKey()) + "/schema");
            }
        });
        holder.path("headers").fields().forEachRemaining(h -> withSchema(h.getValue(),
                at + "/headers/" + SpecLines.escape(h.getKey())));
    }

    private void schema(JsonNode schema, String at) {
        if (!schema.isObject()) {
            refuse(at, kind(schema) + " where a schema object belongs (a map of keywords such as type and properties)");
        }
        if (schema.has("$ref")) {
            return; // what it names is checked where it is defined
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            keyword(e.getKey(), e.getValue(), at);
        }
        if ("array".equals(schema.path("type").asText()) && !schema.has("items")) {
            refuse(at, "type: array without items (OpenAPI 3.0 requires items: the schema of each element)");
        }
    }

    private void keyword(String key, JsonNode value, String at) {
        String here = at + "/" + SpecLines.escape(key);
        if (key.startsWith("x-")) {
            return;
        }
        if (key.equals("type") && !(value.isTextual() && TYPES.contains(value.asText()))) {
            String near = value.isTextual() ? Suggestions.nearest(value.asText(), TYPES) : null;
            refuse(here, "type " + describe(value) + " is not a type of OpenAPI 3.0"
                    + (near != null ? ": did you mean '" + near + "'?" : "") + " (one of string, number, integer, boolean,"
                    + " array, object; nullable: true for null)");
        } else if (TEXTS.contains(key) && !value.isTextual()) {
            refuse(here, "'" + key + "' is " + kind(value) + "; it must be a string");
        } else if (NUMBERS.contains(key) && !value.isNumber()) {
            refuse(here, "'" + key + "' is " + kind(value) + "; it must be a number");
        } else if (COUNTS.contains(key) && !isCount(value)) {
            refuse(here, "'" + key + "' is " + describe(value) + "; it must be a whole number, 0 or more");
        } else if (FLAGS.contains(key) && !value.isBoolean()) {
            refuse(here, "'" + key + "' is " + kind(value) + "; it must be true or false");
        } else if (key.equals("required") && !(value.isArray() && allText(value))) {
            refuse(here, "'required' is " + kind(value) + "; in a schema it is the list of the names of required"
                    + " properties (required: [name]), not true/false");
        } else if (key.equals("enum") && !value.isArray()) {
            refuse(here, "'enum' is " + kind(value) + "; it must be a list of the allowed values");
        } else if (key.equals("properties")) {
            if (!value.isObject()) {
                refuse(here, "'properties' is " + kind(value) + "; it must map each property's name to its schema");
            }
            value.fields().forEachRemaining(p -> schema(p.getValue(), here + "/" + SpecLines.escape(p.getKey())));
        } else if (key.equals("additionalProperties")) {
            if (!value.isBoolean()) {
                schema(value, here);
            }
        } else if (SUBSCHEMA.contains(key)) {
            schema(value, here);
        } else if (SUBSCHEMA_LISTS.contains(key)) {
            if (!value.isArray()) {
                refuse(here, "'" + key + "' is " + kind(value) + "; it must be a list of schemas");
            }
            for (int i = 0; i < value.size(); i++) {
                schema(value.get(i), here + "/" + i);
            }
        } else if (!KEYWORDS.contains(key)) {
            String near = Suggestions.nearest(key, KEYWORDS);
            refuse(here, "'" + key + "' is no keyword of an OpenAPI 3.0 schema" + (near != null
                    ? ": did you mean '" + near + "'?" : " (an extension of your own starts with x-)"));
        }
    }

    private static boolean allText(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JsonNode value) {
        return value.isTextual() ? "'" + Text.oneLine(value.asText(), 40) + "'" : kind(value);
    }

    private static String kind(JsonNode value) {
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "empty (null)";
        }
        return (value.isTextual() ? "the text " : "") + "'" + Text.oneLine(value.asText(), 40) + "'";
    }

    private void refuse(String pointer, String problem) {
        lines = lines == null ? SpecLines.index(text) : lines;
        int line = lines.lineOf(pointer);
        throw new BadInputException(file + (line > 0 ? ":" + line : "") + ": invalid schema at " + pointer + ": " + problem
                + " (every engine refuses a spec whose schemas OpenAPI 3.0 cannot mean; fix it there)");
    }

    /** A whole number of 0 or more, also when written as one with an exponent ({@code 1e9}: YAML reads it as a float). */
    private static boolean isCount(JsonNode value) {
        return value.isNumber() && (value.isIntegralNumber() || value.canConvertToExactIntegral()) && value.asDouble() >= 0;
    }
}
