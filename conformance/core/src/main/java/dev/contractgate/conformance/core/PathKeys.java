package dev.contractgate.conformance.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * The keys of {@code paths} are URL path templates: they start with {@code /}, hold only characters
 * a URL path may hold (RFC 3986 {@code pchar}, percent-escapes included), and name each template
 * parameter in one pair of braces. Anything else cannot become a request, so every engine refuses the
 * spec at once (exit 2, the file and line) instead of failing deep inside with an internal error.
 */
final class PathKeys {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|\\{[A-Za-z0-9_.\\-]+})*");

    private PathKeys() {
    }

    static void check(Path file, JsonNode root, String text) {
        JsonNode paths = root.get("paths");
        if (paths == null || !paths.isObject()) {
            return;
        }
        SpecLines lines = null;
        for (Iterator<String> keys = paths.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String problem = problem(key);
            if (problem != null) {
                lines = lines == null ? SpecLines.index(text) : lines;
                int line = lines.lineOf("/paths/" + SpecLines.escape(key));
                throw new BadInputException(file + (line > 0 ? ":" + line : "") + ": the path '" + Text.oneLine(key, 120)
                        + "' " + problem + " (a path template is like /organizations/{organizationId}/items)");
            }
        }
    }

    /** What is wrong with a path key, or {@code null}. */
    static String problem(String key) {
        if (!key.startsWith("/")) {
            return "does not start with '/'";
        }
        for (String segment : key.substring(1).split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return "has a segment '" + Text.oneLine(segment, 60) + "' a URL path cannot hold (spaces, <, >, quotes,"
                        + " or a brace that names no parameter)";
            }
        }
        return null;
    }
}
