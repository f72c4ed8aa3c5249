package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.SecretMasker;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request and what came back: the status, headers and body, or the failure when nothing
 * came back. {@link #evidence()} is the masked text every finding carries.
 */
record Exchange(String url, HttpCall call, int status, Map<String, List<String>> headers, String body,
                String failure) {

    private static final int MAX_BODY = 8000;

    boolean failed() {
        return failure != null;
    }

    Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    boolean is2xx() {
        return status >= 200 && status < 300;
    }

    Evidence evidence() {
        StringBuilder request = new StringBuilder(call.method()).append(' ').append(url).append('\n');
        call.headers().forEach((k, v) -> request.append(k).append(": ").append(SecretMasker.maskHeader(k, v)).append('\n'));
        if (call.body() != null) {
            request.append('\n').append(cut(call.body()));
        }
        StringBuilder response = new StringBuilder();
        if (failed()) {
            response.append("(no response: ").append(failure).append(')');
        } else {
            response.append("HTTP ").append(status).append('\n');
            headers.forEach((k, values) -> {
                if (!k.startsWith(":")) {
                    values.forEach(v -> response.append(k).append(": ").append(SecretMasker.maskHeader(k, v)).append('\n'));
                }
            });
            if (!body.isEmpty()) {
                response.append('\n').append(cut(body));
            }
        }
        return new Evidence(SecretMasker.mask(request.toString().stripTrailing()),
                SecretMasker.mask(response.toString().stripTrailing()));
    }

    private static String cut(String text) {
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "... (" + text.length() + " chars)";
    }
}
