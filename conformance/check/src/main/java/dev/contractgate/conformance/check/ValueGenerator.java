package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values derived from schemas: a valid value (the schema's example or default where there is one,
 * else one generated from type, format, enum and bounds), the boundary values of a number, and
 * values that break exactly one constraint. Generated strings come from the run's seeded
 * {@link Random}, so a seed repeats a run.
 */
final class ValueGenerator {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    /**
     * The longest string generated (characters): a schema may say {@code maxLength: 2147483647};
     * a boundary or violation beyond this is not generated (a valid value of a larger
     * {@code minLength} is, linearly).
     */
    static final int LENGTH_CAP = 100_000;
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    /** 10^30, written out: beyond every integer type a server might parse into. */
    private static final BigDecimal HUGE = BigDecimal.TEN.pow(30);

    /** One value that breaks a constraint, and which constraint it breaks. */
    record Violation(String constraint, JsonNode value) {
    }

    private final OpenAPI api;

    ValueGenerator(OpenAPI api) {
        this.api = api;
    }

    /**
     * How deep a value may nest: below {@value #FULL_DEPTH} levels an object gets only its required properties (a
     * schema that names itself, legal in OpenAPI, ends there), below {@value #MAX_DEPTH} none (one that requires
     * itself has no finite value: the empty object stands for it).
     */
    static final int FULL_DEPTH = 4;
    static final int MAX_DEPTH = 16;

    /** A valid value: with {@code full}, objects get every property, else only the required ones. */
    @SuppressWarnings("rawtypes")
    JsonNode valid(Schema schema, Random random, boolean full) {
        return valid(schema, random, full, 0);
    }

    @SuppressWarnings("rawtypes")
    private JsonNode valid(Schema schema, Random random, boolean full, int depth) {
        Schema s = Schemas.resolve(api, schema);
        if (s == null) {
            return NODES.textNode(word(random));
        }
        if (s.getExample() != null && !"object".equals(Schemas.type(s))) {
            return JSON.valueToTree(s.getExample());
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return JSON.valueToTree(s.getEnum().get(random.nextInt(s.getEnum().size())));
        }
        switch (Schemas.type(s)) {
            case "integer", "number" -> {
                if (s.getDefault() != null) {
                    return JSON.valueToTree(s.getDefault());
                }
                long min = s.getMinimum() == null ? 1 : s.getMinimum().longValue();
                long max = s.getMaximum() == null ? min + 100 : s.getMaximum().longValue();
                return NODES.numberNode(min + (max - min) / 2);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(valid(s.getItems(), random, full, depth + 1));
                }
                return array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth >= MAX_DEPTH) {
                    return object;
                }
                Schemas.properties(s).forEach((name, prop) -> {
                    if (full && depth < FULL_DEPTH || Schemas.required(s).contains(name)) {
                        object.set(name, valid(prop, random, full, depth + 1));
                    }
                });
                return object;
            }
            default -> {
                return NODES.textNode(string(s, random));
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static String string(Schema s, Random random) {
        if ("date-time".equals(s.getFormat())) {
            return "2024-01-0" + (1 + random.nextInt(9)) + "T12:00:00Z";
        }
        if ("date".equals(s.getFormat())) {
            return "2024-01-0" + (1 + random.nextInt(9));
        }
        String value = "cg-" + word(random);
        int min = s.getMinLength() == null ? 0 : s.getMinLength();
        Integer max = s.getMaxLength();
        if (value.length() < min) {
            value += "x".repeat(min - value.length());
        }
        return max != null && value.length() > max ? value.substring(0, Math.max(max, min)) : value;
    }

    static String word(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The edges of a number or string length: named values that are still valid. */
    @SuppressWarnings("rawtypes")
    Map<String, JsonNode> boundaries(Schema schema) {
        Schema s = Schemas.resolve(api, schema);
        Map<String, JsonNode> edges = new LinkedHashMap<>();
        if (s == null) {
            return edges;
        }
        String type = Schemas.type(s);
        if ("integer".equals(type) || "number".equals(type)) {
            if (s.getMinimum() != null) {
                edges.put("minimum " + plain(s.getMinimum()), NODES.numberNode(s.getMinimum()));
            }
            if (s.getMaximum() != null) {
                edges.put("maximum " + plain(s.getMaximum()), NODES.numberNode(s.getMaximum()));
            }
        } else if ("string".equals(type) && s.getEnum() == null) {
            if (s.getMinLength() != null && s.getMinLength() > 0 && s.getMinLength() <= LENGTH_CAP) {
                edges.put("minLength " + s.getMinLength(), NODES.textNode("a".repeat(s.getMinLength())));
            }
            if (s.getMaxLength() != null && s.getMaxLength() <= LENGTH_CAP) {
                edges.put("maxLength " + s.getMaxLength(), NODES.textNode("a".repeat(s.getMaxLength())));
            }
        } else if ("array".equals(type)) {
            Schema items = Schemas.resolve(api, s.getItems());
            if (items != null && items.getEnum() != null) {
                for (Object value : items.getEnum()) {
                    edges.put("value " + value, NODES.arrayNode().add(JSON.valueToTree(value)));
                }
                if (items.getEnum().size() >= 2) {
                    Object first = items.getEnum().get(0);
                    Object last = items.getEnum().get(items.getEnum().size() - 1);
                    edges.put("values " + first + " and " + last, NODES.arrayNode()
                            .add(JSON.valueToTree(first)).add(JSON.valueToTree(last)));
                    largeArrays(s, items.getEnum(), edges);
                }
            }
        }
        return edges;
    }

    /** A large array a client may send: every enum value at once, and every value repeated to 100 items (within maxItems, unless unique). */
    @SuppressWarnings("rawtypes")
    private static void largeArrays(Schema array, List<?> values, Map<String, JsonNode> edges) {
        int most = array.getMaxItems() == null ? Integer.MAX_VALUE : array.getMaxItems();
        if (values.size() > 2 && values.size() <= most) {
            ArrayNode every = NODES.arrayNode();
            values.forEach(v -> every.add(JSON.valueToTree(v)));
            edges.put("every value at once (" + values.size() + ")", every);
        }
        if (!Boolean.TRUE.equals(array.getUniqueItems()) && most >= 100) {
            ArrayNode hundred = NODES.arrayNode();
            for (int i = 0; i < 100; i++) {
                hundred.add(JSON.valueToTree(values.get(i % values.size())));
            }
            edges.put("100 values (every value, repeated)", hundred);
        }
    }

    /** Values that break one constraint of the schema each (type, bounds, enum, lengths). */
    @SuppressWarnings("rawtypes")
    List<Violation> violations(Schema schema) {
        Schema s = Schemas.resolve(api, schema);
        List<Violation> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        String type = Schemas.type(s);
        switch (type) {
            case "integer", "number" -> {
                out.add(new Violation("wrong type (string)", NODES.textNode("not-a-number")));
                if ("integer".equals(type)) {
                    out.add(new Violation("wrong type (fraction)", NODES.numberNode(new BigDecimal("1.5"))));
                }
                if (s.getMinimum() != null) {
                    out.add(new Violation("below minimum " + plain(s.getMinimum()),
                            NODES.numberNode(s.getMinimum().subtract(BigDecimal.ONE))));
                }
                if (s.getMaximum() != null) {
                    out.add(new Violation("above maximum " + plain(s.getMaximum()),
                            NODES.numberNode(s.getMaximum().add(BigDecimal.ONE))));
                }
                BigDecimal formatMax = formatMaximum(s.getFormat());
                if (formatMax != null && (s.getMaximum() == null || s.getMaximum().compareTo(formatMax) > 0)) {
                    out.add(new Violation("above the " + s.getFormat() + " range",
                            NODES.numberNode(formatMax.add(BigDecimal.ONE))));
                }
                beyondEveryRange(s, formatMax, out);
            }
            case "boolean" -> out.add(new Violation("wrong type (string)", NODES.textNode("not-a-boolean")));
            case "array" -> {
                out.add(new Violation("wrong type (object)", NODES.objectNode()));
                Schema items = Schemas.resolve(api, s.getItems());
                if (items != null && items.getEnum() != null) {
                    out.add(new Violation("item outside the enum", NODES.arrayNode().add("cg-not-in-enum")));
                }
            }
            case "object" -> out.add(new Violation("wrong type (array)", NODES.arrayNode()));
            default -> {
                out.add(new Violation("wrong type (number)", NODES.numberNode(12345)));
                if (s.getEnum() != null) {
                    out.add(new Violation("value outside the enum", NODES.textNode("cg-not-in-enum")));
                }
                if (s.getMinLength() != null && s.getMinLength() > 0) {
                    out.add(new Violation("shorter than minLength " + s.getMinLength(),
                            NODES.textNode("a".repeat(s.getMinLength() - 1))));
                }
                if (s.getMaxLength() != null && s.getMaxLength() < LENGTH_CAP) {
                    out.add(new Violation("longer than maxLength " + s.getMaxLength(),
                            NODES.textNode("a".repeat(s.getMaxLength() + 1))));
                }
            }
        }
        return out;
    }

    /**
     * The violations of {@link #violations} plus, for a JSON body field that the schema does not
     * mark {@code nullable}, an explicit {@code null}: OpenAPI 3.0 makes null a value of no type.
     */
    @SuppressWarnings("rawtypes")
    List<Violation> fieldViolations(Schema schema) {
        List<Violation> out = violations(schema);
        Schema s = Schemas.resolve(api, schema);
        if (s != null && !Boolean.TRUE.equals(s.getNullable())) {
            out.add(new Violation("null (not nullable)", NODES.nullNode()));
        }
        return out;
    }

    /**
     * Numbers past the 64-bit range (and 10^30 written out), where the schema makes them invalid
     * (a maximum or minimum, or an integer format): a server that parses into a fixed-size type
     * must still answer the documented 4xx, not overflow into a 5xx or a wrapped value.
     */
    @SuppressWarnings("rawtypes")
    private static void beyondEveryRange(Schema s, BigDecimal formatMax, List<Violation> out) {
        boolean bounded = formatMax != null || s.getMaximum() != null && s.getMaximum().compareTo(LONG_MAX) <= 0;
        if (bounded) {
            out.add(new Violation("past the 64-bit range", NODES.numberNode(LONG_MAX.add(BigDecimal.ONE).toBigInteger())));
            out.add(new Violation("far past every integer range (10^30)", NODES.numberNode(HUGE.toBigInteger())));
        }
        if (formatMax != null || s.getMinimum() != null && s.getMinimum().compareTo(LONG_MIN) >= 0) {
            out.add(new Violation("below the 64-bit range", NODES.numberNode(LONG_MIN.subtract(BigDecimal.ONE).toBigInteger())));
        }
    }

    /** The largest value an integer format can hold, or null for no format (unbounded). */
    private static BigDecimal formatMaximum(String format) {
        if ("int32".equals(format)) {
            return BigDecimal.valueOf(Integer.MAX_VALUE);
        }
        return "int64".equals(format) ? BigDecimal.valueOf(Long.MAX_VALUE) : null;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
