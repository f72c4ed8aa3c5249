package dev.contractgate.conformance.judge;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer, as the judge sees it, whoever made it: a live exchange of the
 * checker, a recorded pact interaction, a provider's answer to a replayed one.
 *
 * @param path      the request path without its query, parameters filled in (not yet decoded)
 * @param query     the query pairs in the order sent; a name may repeat
 * @param arrivedAt when the answer arrived (for a recorded interaction: when it is judged)
 * @param recorded  true for a recorded interaction: what it leaves out (a header, a body field) says
 *                  nothing about the server, so a rule that needs a value the recording lacks is not
 *                  judged; for a live exchange an absent value is a fact
 */
public record JudgedExchange(String method, String path, List<Map.Entry<String, String>> query,
                             Map<String, List<String>> requestHeaders, String requestBody,
                             int status, Map<String, List<String>> responseHeaders, String responseBody,
                             Instant arrivedAt, boolean recorded) {

    public JudgedExchange {
        method = method.toUpperCase(Locale.ROOT);
        query = List.copyOf(query);
        requestHeaders = Map.copyOf(requestHeaders);
        responseHeaders = Map.copyOf(responseHeaders);
        responseBody = responseBody == null ? "" : responseBody;
    }

    /**
     * This exchange with its path relative to the operation's template: the leading segments a server
     * base path adds ({@code /v1/organizations/…} for {@code /organizations/…}) taken off.
     */
    public JudgedExchange relativeTo(String template) {
        String trimmed = relativePath(template, path);
        return trimmed.equals(path) ? this : new JudgedExchange(method, trimmed, query, requestHeaders, requestBody, status,
                responseHeaders, responseBody, arrivedAt, recorded);
    }

    /** A path without the leading segments it has beyond the template's (a server base path). */
    static String relativePath(String template, String path) {
        String[] parts = path.split("/", -1);
        int extra = parts.length - template.split("/", -1).length;
        return extra <= 0 ? path : "/" + String.join("/", java.util.Arrays.copyOfRange(parts, extra + 1, parts.length));
    }

    public Optional<String> responseHeader(String name) {
        return first(responseHeaders, name);
    }

    public Optional<String> requestHeader(String name) {
        return first(requestHeaders, name);
    }

    public boolean is2xx() {
        return status >= 200 && status < 300;
    }

    static Optional<String> first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }
}
