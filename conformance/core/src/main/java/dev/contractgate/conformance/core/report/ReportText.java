package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.SpecLocation;
import java.util.Collection;
import java.util.Map;

/**
 * Figures and places as a reader wants them: a run's figure named in words with its unit
 * ({@code durationMillis} and {@code duration ms} both read "duration", "1234 ms"), a JSON pointer as
 * the path of keys it walks ({@code /paths/~1orgs~1{id}/get} → {@code paths › /orgs/{id} › get}).
 */
final class ReportText {

    private static final String SEPARATOR = " \u203a ";

    private ReportText() {
    }

    static String statName(String key) {
        String name = key.endsWith("Millis") ? key.substring(0, key.length() - "Millis".length())
                : key.endsWith(" ms") ? key.substring(0, key.length() - " ms".length()) : key;
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    static String statValue(String key, Object value) {
        String unit = key.endsWith("Millis") || key.endsWith(" ms") ? " ms" : "";
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder();
            map.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
            return out.toString();
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value + unit;
    }

    /** {@code file:line} and the pointer as a path of keys. */
    static String readable(SpecLocation where) {
        String path = pointer(where.pointer());
        return where.hasLine() ? where.file() + ":" + where.line() + "  " + path : path;
    }

    static String pointer(String pointer) {
        if (pointer == null || !pointer.startsWith("/")) {
            return pointer == null ? "" : pointer;
        }
        StringBuilder out = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            out.append(out.length() == 0 ? "" : SEPARATOR).append(dev.contractgate.conformance.core.Text.pointerToken(token));
        }
        return out.toString();
    }
}
