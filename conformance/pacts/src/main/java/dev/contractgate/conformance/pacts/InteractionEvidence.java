package dev.contractgate.conformance.pacts;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.SecretMasker;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A pact interaction's request and response as text a person can read, secrets masked. */
final class InteractionEvidence {

    private InteractionEvidence() {
    }

    static Evidence of(IRequest request, IResponse response) {
        return new Evidence(request(request), response(response));
    }

    static String requestLine(IRequest request) {
        String query = request.getQuery().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                .collect(Collectors.joining("&"));
        return request.getMethod().toUpperCase(java.util.Locale.ROOT) + " " + request.getPath()
                + (query.isEmpty() ? "" : "?" + query);
    }

    private static String request(IRequest request) {
        return requestLine(request) + "\n" + headers(request.getHeaders()) + body(request.getBody());
    }

    private static String response(IResponse response) {
        return response.getStatus() + "\n" + headers(response.getHeaders()) + body(response.getBody());
    }

    private static String headers(Map<String, List<String>> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, values) -> values.forEach(v ->
                text.append(name).append(": ").append(SecretMasker.maskHeader(name, v)).append('\n')));
        return text.toString();
    }

    private static String body(OptionalBody body) {
        if (body == null || !body.isPresent()) {
            return "";
        }
        return "\n" + SecretMasker.mask(body.valueAsString());
    }
}
