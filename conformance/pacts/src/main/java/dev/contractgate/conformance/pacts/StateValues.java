package dev.contractgate.conformance.pacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON of Pact's state-change protocol: the request {@code {state, params, action}}, and the values a provider answers with. */
final class StateValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateValues() {
    }

    static String changeBody(String state, Map<String, ?> params, String action) {
        ObjectNode body = JSON.createObjectNode();
        body.put("state", state);
        body.set("params", JSON.valueToTree(params == null ? Map.of() : params));
        body.put("action", action);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The top-level fields of a JSON object answer; nothing for any other answer. */
    static Map<String, Object> read(byte[] answer) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            JsonNode root = answer.length == 0 ? null : JSON.readTree(answer);
            if (root != null && root.isObject()) {
                root.fields().forEachRemaining(e -> values.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
            }
        } catch (IOException notJson) {
            // a provider may answer a state change with anything: it only has no values for generators
        }
        return values;
    }
}
