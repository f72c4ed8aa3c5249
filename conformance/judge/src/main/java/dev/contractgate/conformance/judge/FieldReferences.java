package dev.contractgate.conformance.judge;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a rule names ({@code response.body.requestId}, {@code response.headers['x-request-id']},
 * {@code self.createdAt}), read from its text: shown in the evidence of a violation, and held to the
 * schema the rule is about, so a misspelt field is a problem of the spec rather than a rule that can
 * never be false.
 */
final class FieldReferences {

    private static final Pattern CHAIN = Pattern.compile(
            "\\b(?:request|response|self)(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\['[^'\\]]*'\\])+");
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)");

    private final SchemaWalk walk;

    FieldReferences(SchemaWalk walk) {
        this.walk = walk;
    }

    /** The value expressions of a rule, in order of first appearance; a trailing method name is left out. */
    static List<String> valuesNamed(String rule) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CHAIN.matcher(rule);
        while (m.find()) {
            String chain = m.group();
            if (m.end() < rule.length() && rule.charAt(m.end()) == '(') {
                int dot = chain.lastIndexOf('.');
                chain = dot > 0 ? chain.substring(0, dot) : chain;
            }
            if (chain.contains(".") || chain.contains("[")) {
                out.add(chain);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A description of the first field the rule names under {@code self} (a schema's rule) or
     * {@code response.body} (a response's or operation's rule) that none of the schemas has; null
     * when every named field exists or nothing can be said (no schema, a free-form object).
     */
    String unknownField(String rule, List<Schema<?>> schemas, boolean selfScope) {
        if (schemas.isEmpty()) {
            return null;
        }
        String root = selfScope ? "self" : "response.body";
        for (String chain : valuesNamed(rule)) {
            if (!chain.startsWith(root + ".")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher m = SEGMENT.matcher(chain.substring(root.length()));
            while (m.find()) {
                names.add(m.group(1));
            }
            String missing = null;
            for (Schema<?> schema : schemas) {
                missing = missingIn(schema, names);
                if (missing == null) {
                    break;
                }
            }
            if (missing != null) {
                return "the field '" + missing + "' (in " + chain + "), which its schema does not have";
            }
        }
        return null;
    }

    private String missingIn(Schema<?> schema, List<String> names) {
        Schema<?> current = schema;
        for (String name : names) {
            Map.Entry<Schema<?>, String> resolved = walk.resolve(current, "");
            if (resolved == null) {
                return null;
            }
            Schema<?> s = resolved.getKey();
            if (s.getProperties() == null || s.getProperties().isEmpty()) {
                return s.getAllOf() != null || s.getOneOf() != null || s.getAnyOf() != null
                        || s.getAdditionalProperties() != null || s.getType() == null ? null : name;
            }
            Schema<?> next = s.getProperties().get(name);
            if (next == null) {
                return name;
            }
            current = next;
        }
        return null;
    }
}
