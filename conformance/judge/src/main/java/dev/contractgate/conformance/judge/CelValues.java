package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.values.NullValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values as CEL sees them: objects as maps, arrays as lists, integers as int, null as CEL's null. */
final class CelValues {

    static final ObjectMapper JSON = new ObjectMapper();

    private CelValues() {
    }

    /** The parsed body, or null when it is empty or not JSON. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static Object of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return NullValue.NULL_VALUE;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                map.put(field.getKey(), of(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(of(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    /** A value as the evidence shows it: JSON text, cut to a readable length. */
    static String show(Object value) {
        String text;
        if (value == null || value instanceof NullValue) {
            text = "null";
        } else if (value instanceof String s) {
            text = '"' + s + '"';
        } else {
            try {
                text = JSON.writeValueAsString(value);
            } catch (IOException e) {
                text = String.valueOf(value);
            }
        }
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
