package dev.contractgate.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** A response on its way back through the proxy; header names are lower case. */
public record ProxiedResponse(int status, Map<String, String> headers, String body) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON response with the given body. */
    public static ProxiedResponse json(int status, String body) {
        return new ProxiedResponse(status, Map.of("content-type", "application/json"), body);
    }

    public ProxiedResponse withStatus(int newStatus) {
        return new ProxiedResponse(newStatus, headers, body);
    }

    public ProxiedResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name.toLowerCase(Locale.ROOT), value);
        return new ProxiedResponse(status, h, body);
    }

    public ProxiedResponse withBody(String newBody) {
        return new ProxiedResponse(status, headers, newBody);
    }

    public boolean isOk() {
        return status == 200;
    }

    /** The body parsed as JSON; a body that is not JSON is a bug in a fault, not in the server. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not a JSON body: " + e.getMessage(), e);
        }
    }

    /** A copy whose JSON object body was changed in place by {@code edit}. */
    public ProxiedResponse editJson(Consumer<ObjectNode> edit) {
        ObjectNode node = (ObjectNode) json();
        edit.accept(node);
        return withBody(node.toString());
    }
}
