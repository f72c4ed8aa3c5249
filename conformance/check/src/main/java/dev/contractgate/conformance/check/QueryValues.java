package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;

/** Puts a JSON value into a query string: arrays as repeated parameters (form, exploded), others as text. */
final class QueryValues {

    private QueryValues() {
    }

    static HttpCall add(HttpCall call, String name, JsonNode value) {
        if (value.isArray()) {
            HttpCall out = call;
            for (JsonNode item : value) {
                out = out.withQuery(name, item.isTextual() ? item.asText() : item.toString());
            }
            return out;
        }
        return call.withQuery(name, value.isTextual() ? value.asText() : value.toString());
    }

    /** Only scalars and arrays of scalars can be written into a query. */
    static boolean fits(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isContainerNode()) {
                    return false;
                }
            }
            return true;
        }
        return !value.isContainerNode();
    }
}
