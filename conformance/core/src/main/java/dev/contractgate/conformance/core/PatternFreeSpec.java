package dev.contractgate.conformance.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec as the schema validators get it: every schema's {@code pattern} left out, because the
 * validators' own regular-expression engines have no time bound (a catastrophic pattern stalled lint
 * for minutes). Patterns are judged apart with {@link BoundedRegex}. Nothing else changes, so every
 * JSON pointer stays the same; a spec without patterns is used as it is.
 */
public final class PatternFreeSpec {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private PatternFreeSpec() {
    }

    /** The spec's text without patterns (as JSON), or its own text when it has none. */
    public static String text(SpecSource spec) {
        if (!spec.text().contains("pattern")) {
            return spec.text();
        }
        try {
            JsonNode root = YAML.readTree(spec.text());
            return strip(root) ? JSON.writeValueAsString(root) : spec.text();
        } catch (IOException e) {
            return spec.text(); // the spec was read already; this cannot fail in practice
        }
    }

    /** The parsed model of {@link #text}: the spec's own model when it has no pattern. */
    public static io.swagger.v3.oas.models.OpenAPI openApi(SpecSource spec) {
        String text = text(spec);
        if (text.equals(spec.text())) {
            return spec.openApi();
        }
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        io.swagger.v3.oas.models.OpenAPI parsed = new io.swagger.parser.OpenAPIParser().readContents(text, null, options).getOpenAPI();
        return parsed != null ? parsed : spec.openApi();
    }

    /** Removes every {@code pattern} whose value is a string (a property named "pattern" has an object). */
    private static boolean strip(JsonNode node) {
        boolean stripped = false;
        if (node instanceof ObjectNode object) {
            if (object.get("pattern") != null && object.get("pattern").isTextual()) {
                object.remove("pattern");
                stripped = true;
            }
            List<JsonNode> children = new ArrayList<>();
            object.elements().forEachRemaining(children::add);
            for (JsonNode child : children) {
                stripped |= strip(child);
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode child : node) {
                stripped |= strip(child);
            }
        }
        return stripped;
    }
}
