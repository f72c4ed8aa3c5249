package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.spec.SpecOperation;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list operation's documented order, {@code x-order}:
 * <pre>
 * x-order:
 *   id: list-order               # the invariant's name in findings
 *   items: /tokens               # JSON pointer of the items in the success body
 *   parameter: sorts             # query parameter of "field:asc|desc" values, most significant first
 *   default: [createdAt:asc]     # the order when the parameter is not sent
 *   tiebreak: [id:asc]           # what breaks the ties the requested or default order leaves
 *   fields: {createdById: /createdBy/id}   # sort field to pointer in an item (default: /field)
 *   message: …
 * </pre>
 * Values compare as numbers, as instants when both are date-times, else as text (UTF-16 code units,
 * as Java's {@code String.compareTo}); an absent value sorts first.
 */
record ListOrder(String id, String pointer, String items, String parameter, List<String> defaults,
                 List<String> tiebreak, Map<String, String> fields, String message) {

    static Optional<ListOrder> read(SpecOperation op, List<InvariantProblem> problems) {
        Map<String, Object> extensions = op.operation().getExtensions();
        Object declared = extensions == null ? null : extensions.get(SpecInvariants.ORDER);
        if (declared == null) {
            return Optional.empty();
        }
        String at = op.pointer() + "/" + SpecInvariants.ORDER;
        if (!(declared instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)
                || !(map.get("items") instanceof String items) || !items.startsWith("/")) {
            problems.add(new InvariantProblem(at, SpecInvariants.ORDER + " needs an id and items (a JSON pointer)"));
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (map.get("fields") instanceof Map<?, ?> f) {
            f.forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
        }
        List<String> defaults = texts(map.get("default"));
        List<String> tiebreak = texts(map.get("tiebreak"));
        for (String key : concat(defaults, tiebreak)) {
            if (!isSortKey(key)) {
                problems.add(new InvariantProblem(at, "'" + key + "' is not field:asc or field:desc"));
                return Optional.empty();
            }
        }
        String message = map.get("message") instanceof String m ? m : "the list is in the documented order";
        return Optional.of(new ListOrder(id, at, items, map.get("parameter") instanceof String p ? p : null,
                defaults, tiebreak, fields, message));
    }

    /** The violation of a success answer's order, or empty when it is in order (or the request asked for no order this can judge). */
    Optional<Violation> check(JsonNode body, Map<String, Object> query) {
        JsonNode list = body == null ? null : body.at(items);
        if (list == null || !list.isArray() || list.size() < 2) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        Object requested = parameter == null ? null : query.get(parameter);
        if (requested instanceof List<?> values && !values.isEmpty()) {
            for (Object v : values) {
                if (!isSortKey(String.valueOf(v))) {
                    return Optional.empty();
                }
                keys.add(String.valueOf(v));
            }
        } else if (requested instanceof String single) {
            if (!isSortKey(single)) {
                return Optional.empty();
            }
            keys.add(single);
        } else {
            keys.addAll(defaults);
        }
        keys.addAll(tiebreak);
        for (int i = 1; i < list.size(); i++) {
            for (String key : keys) {
                boolean descending = key.endsWith(":desc");
                String at = pointerOf(key);
                JsonNode a = list.get(i - 1).at(at);
                JsonNode b = list.get(i).at(at);
                int cmp = compare(a, b) * (descending ? -1 : 1);
                if (cmp < 0) {
                    break;
                }
                if (cmp > 0) {
                    return Optional.of(new Violation(JudgeRules.INVARIANT_VIOLATED, pointer, "invariant '" + id + "': "
                            + message + "; items " + (i - 1) + " and " + i + " of " + items + " break the order "
                            + keys + " at " + key + ": " + show(a) + " before " + show(b), id, null));
                }
            }
        }
        return Optional.empty();
    }

    /** The order of items for the sorts a request asks for (empty: the default), ties broken as documented. */
    java.util.Comparator<JsonNode> comparator(List<String> requested) {
        List<String> keys = new ArrayList<>(requested == null || requested.isEmpty() ? defaults : requested);
        keys.addAll(tiebreak);
        java.util.Comparator<JsonNode> order = (x, y) -> 0;
        for (String key : keys) {
            if (!isSortKey(key)) {
                continue;
            }
            String at = pointerOf(key);
            java.util.Comparator<JsonNode> byKey = (x, y) -> compare(x.at(at), y.at(at));
            order = order.thenComparing(key.endsWith(":desc") ? byKey.reversed() : byKey);
        }
        return order;
    }

    /** Where a sort key's field is in an item: as {@code fields} maps it, else {@code /field}. */
    private String pointerOf(String key) {
        String field = key.substring(0, key.lastIndexOf(':'));
        return fields.getOrDefault(field, "/" + field);
    }

    static int compare(JsonNode a, JsonNode b) {
        boolean aMissing = a == null || a.isMissingNode() || a.isNull();
        boolean bMissing = b == null || b.isMissingNode() || b.isNull();
        if (aMissing || bMissing) {
            return aMissing == bMissing ? 0 : aMissing ? -1 : 1;
        }
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        String x = a.asText();
        String y = b.asText();
        try {
            return OffsetDateTime.parse(x).toInstant().compareTo(OffsetDateTime.parse(y).toInstant());
        } catch (DateTimeParseException e) {
            return Integer.signum(x.compareTo(y));
        }
    }

    private static String show(JsonNode node) {
        return node == null || node.isMissingNode() ? "(absent)" : CelValues.show(CelValues.of(node));
    }

    private static boolean isSortKey(String key) {
        return key.matches("[^:]+:(asc|desc)");
    }

    private static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof String s) {
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
