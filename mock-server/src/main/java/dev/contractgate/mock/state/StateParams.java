package dev.contractgate.mock.state;

import java.util.Map;

/** Provider-state parameters as Pact sends them: strings, and numbers as numbers or strings. */
final class StateParams {

    private final Map<String, Object> params;

    StateParams(Map<String, Object> params) {
        this.params = params == null ? Map.of() : params;
    }

    String string(String name, String fallback) {
        Object value = params.get(name);
        return value == null ? fallback : value.toString();
    }

    int count(String name) {
        Object value = params.get(name);
        if (value instanceof Number number && number.doubleValue() == number.intValue()) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new ProviderStateException("provider state parameter '" + name + "' must be an integer, not " + value);
    }
}
