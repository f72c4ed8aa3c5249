package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The variables a rule sees for one exchange, in the shape of OpenAPI's runtime expressions
 * ({@code $request.path.x}, {@code $request.query.x}):
 * <ul>
 *   <li>{@code request.method}; {@code request.path}: the path parameters by name, decoded;
 *       {@code request.query}: each query parameter the operation declares, typed by its schema
 *       (an array parameter as a list), <b>with its documented default when it was not sent</b>,
 *       plus any other name sent (as text); {@code request.headers}: lower-case name to the first
 *       value; {@code request.body}: the JSON body ({@code {}} without one)</li>
 *   <li>{@code response.status}; {@code response.headers} (lower-case); {@code response.body}
 *       ({@code {}} without a JSON body)</li>
 *   <li>{@code now}: when the answer arrived</li>
 * </ul>
 */
final class ExchangeView {

    private ExchangeView() {
    }

    static Map<String, Object> variables(SpecOperation op, JudgedExchange ex, JsonNode responseBody) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(CelEnvironment.REQUEST, request(op, ex));
        vars.put(CelEnvironment.RESPONSE, response(ex, responseBody));
        vars.put(CelEnvironment.NOW, ex.arrivedAt() == null ? Instant.now() : ex.arrivedAt());
        vars.put(CelEnvironment.SELF, Map.of());
        return vars;
    }

    private static Map<String, Object> request(SpecOperation op, JudgedExchange ex) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", ex.method());
        request.put("path", pathParameters(op.path(), ex.path()));
        request.put("query", query(op, ex.query()));
        request.put("headers", headers(ex.requestHeaders()));
        JsonNode body = CelValues.parse(ex.requestBody());
        request.put("body", body == null ? Map.of() : CelValues.of(body));
        return request;
    }

    private static Map<String, Object> response(JudgedExchange ex, JsonNode body) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", (long) ex.status());
        response.put("headers", headers(ex.responseHeaders()));
        response.put("body", body == null ? Map.of() : CelValues.of(body));
        return response;
    }

    /** The values of a path template's parameters in an actual path; empty where it does not match. */
    static Map<String, Object> pathParameters(String template, String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        String[] names = template.split("/", -1);
        String[] parts = path.split("/", -1);
        if (names.length != parts.length) {
            return values;
        }
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.startsWith("{") && name.endsWith("}")) {
                values.put(name.substring(1, name.length() - 1), decode(parts[i]));
            }
        }
        return values;
    }

    static Map<String, Object> query(SpecOperation op, List<Map.Entry<String, String>> sent) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : sent) {
            byName.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
        }
        Map<String, Object> query = new LinkedHashMap<>();
        for (Parameter parameter : op.queryParameters()) {
            Schema<?> schema = parameter.getSchema();
            List<String> values = byName.remove(parameter.getName());
            if (values != null) {
                query.put(parameter.getName(), typed(schema, values));
            } else if (schema != null && schema.getDefault() != null) {
                query.put(parameter.getName(), CelValues.of(CelValues.JSON.valueToTree(schema.getDefault())));
            }
        }
        byName.forEach((name, values) -> query.put(name, values.size() == 1 ? values.get(0) : values));
        return query;
    }

    private static Object typed(Schema<?> schema, List<String> values) {
        if (schema != null && "array".equals(schema.getType())) {
            List<Object> items = new ArrayList<>();
            values.forEach(v -> items.add(scalar(schema.getItems(), v)));
            return items;
        }
        return scalar(schema, values.get(0));
    }

    private static Object scalar(Schema<?> schema, String value) {
        String type = schema == null ? null : schema.getType();
        try {
            if ("integer".equals(type)) {
                return Long.parseLong(value.strip());
            }
            if ("number".equals(type)) {
                return Double.parseDouble(value.strip());
            }
        } catch (NumberFormatException e) {
            return value; // not of its type: the request is invalid, the rule sees the text
        }
        if ("boolean".equals(type) && (value.equals("true") || value.equals("false"))) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }

    private static Map<String, Object> headers(Map<String, List<String>> headers) {
        Map<String, Object> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!name.startsWith(":") && !values.isEmpty()) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return out;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part;
        }
    }
}
