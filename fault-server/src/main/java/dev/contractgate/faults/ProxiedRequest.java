package dev.contractgate.faults;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A request on its way through the proxy; header names are lower case; query is raw (or null). */
public record ProxiedRequest(String method, String path, String query, Map<String, String> headers, String body) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** A copy with the header set, or removed when {@code value} is null. */
    public ProxiedRequest withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (value == null) {
            h.remove(name.toLowerCase(Locale.ROOT));
        } else {
            h.put(name.toLowerCase(Locale.ROOT), value);
        }
        return new ProxiedRequest(method, path, query, h, body);
    }

    public ProxiedRequest withPath(String newPath) {
        return new ProxiedRequest(method, newPath, query, headers, body);
    }

    /** The collection path of an item path ({@code .../agent-tokens} of {@code .../agent-tokens/t1}). */
    public String collection() {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return isItem() ? trimmed.substring(0, trimmed.lastIndexOf('/')) : trimmed;
    }

    /** The last path segment: the token id of an item path. */
    public String lastSegment() {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public ProxiedRequest withQuery(String newQuery) {
        return new ProxiedRequest(method, path, newQuery, headers, body);
    }

    public ProxiedRequest withBody(String newBody) {
        return new ProxiedRequest(method, path, query, headers, newBody);
    }

    public boolean is(String httpMethod) {
        return method.equalsIgnoreCase(httpMethod);
    }

    /** True for a path that names one agent token ({@code .../agent-tokens/{id}}). */
    public boolean isItem() {
        return path.matches(".*/agent-tokens/[^/]+/?");
    }

    /** True for the collection path ({@code .../agent-tokens}). */
    public boolean isCollection() {
        return path.matches(".*/agent-tokens/?");
    }
}
