package dev.contractgate.conformance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A spec as the JSON tree its author wrote, with local {@code $ref}s resolvable on demand: what
 * the structural diff compares (every key, extensions included, nothing a parser drops).
 */
final class SpecTree {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final int MAX_DEPTH = 64;

    private final JsonNode root;

    private SpecTree(JsonNode root) {
        this.root = root;
    }

    static SpecTree of(SpecSource spec) {
        try {
            JsonNode root = YAML.readTree(spec.text());
            return new SpecTree(root == null ? YAML.createObjectNode() : root);
        } catch (IOException e) {
            throw new BadInputException(spec.path() + " is not YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    JsonNode root() {
        return root;
    }

    /** The node a local reference names ({@code #/components/schemas/A}), or {@code null}. */
    JsonNode at(String ref) {
        if (ref == null || !ref.startsWith("#")) {
            return null;
        }
        JsonNode node = root.at(ref.substring(1));
        return node.isMissingNode() ? null : node;
    }

    /** The node itself, or what its {@code $ref} chain names (the last node when a chain breaks). */
    JsonNode follow(JsonNode node) {
        JsonNode at = node;
        for (int hops = 0; hops < 16 && at != null && at.isObject() && at.has("$ref"); hops++) {
            JsonNode target = at(at.get("$ref").asText());
            if (target == null) {
                return at;
            }
            at = target;
        }
        return at;
    }

    /** The pointer a {@code $ref} names, or {@code null} for one that is not local. */
    static String refPointer(JsonNode node) {
        if (node == null || !node.isObject() || !node.has("$ref")) {
            return null;
        }
        String ref = node.get("$ref").asText();
        return ref.startsWith("#") ? ref.substring(1) : null;
    }

    /**
     * A copy with every local {@code $ref} replaced by what it names (a cycle keeps its last
     * {@code $ref}): two definitions compared by what they say, whatever they are called.
     */
    JsonNode resolved(JsonNode node) {
        return resolved(node, new HashSet<>(), 0);
    }

    private JsonNode resolved(JsonNode node, Set<String> visiting, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return node;
        }
        if (node.isObject()) {
            String ref = node.has("$ref") ? node.get("$ref").asText() : null;
            JsonNode target = at(ref);
            if (target != null && visiting.add(ref)) {
                JsonNode out = resolved(target, visiting, depth + 1);
                visiting.remove(ref);
                return out;
            }
            ObjectNode copy = YAML.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), resolved(field.getValue(), visiting, depth + 1));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = YAML.createArrayNode();
            node.forEach(item -> copy.add(resolved(item, visiting, depth + 1)));
            return copy;
        }
        return node;
    }

    /** The members of a JSON list as texts ({@code required}, {@code tags}), in order; none for anything else. */
    static Set<String> texts(JsonNode list) {
        Set<String> texts = new java.util.LinkedHashSet<>();
        if (list != null && list.isArray()) {
            list.forEach(n -> texts.add(n.asText()));
        }
        return texts;
    }

    /** One reference token of a JSON pointer, unescaped (RFC 6901). */
    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Equal as JSON values, numbers by value ({@code 1} equals {@code 1.0}). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, b);
    }
}
