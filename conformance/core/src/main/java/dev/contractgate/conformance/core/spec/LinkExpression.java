package dev.contractgate.conformance.core.spec;

import java.util.Optional;

/**
 * A runtime expression of an OpenAPI link parameter, parsed once:
 * {@code $response.body#/id} (a JSON pointer into the response body),
 * {@code $response.header.Location}, {@code $request.path.organizationId},
 * {@code $request.query.limit}, {@code $request.header.X}, {@code $request.body#/name}.
 */
public record LinkExpression(Source source, String name) {

    /** Where the value comes from. */
    public enum Source { RESPONSE_BODY, RESPONSE_HEADER, REQUEST_PATH, REQUEST_QUERY, REQUEST_HEADER, REQUEST_BODY }

    /** The expression, or empty for text that is not a runtime expression (a constant value). */
    public static Optional<LinkExpression> parse(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        String e = expression.strip();
        if (e.startsWith("{") && e.endsWith("}")) {
            e = e.substring(1, e.length() - 1); // embedded form: {$response.body#/id}
        }
        if (e.startsWith("$response.body#")) {
            return Optional.of(new LinkExpression(Source.RESPONSE_BODY, e.substring("$response.body#".length())));
        }
        if (e.startsWith("$request.body#")) {
            return Optional.of(new LinkExpression(Source.REQUEST_BODY, e.substring("$request.body#".length())));
        }
        for (Source source : new Source[] {Source.RESPONSE_HEADER, Source.REQUEST_PATH, Source.REQUEST_QUERY, Source.REQUEST_HEADER}) {
            String prefix = prefix(source);
            if (e.startsWith(prefix) && e.length() > prefix.length()) {
                return Optional.of(new LinkExpression(source, e.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    /** A JSON pointer into the response body, the common case ({@code /id}). */
    public Optional<String> responseBodyPointer() {
        return source == Source.RESPONSE_BODY ? Optional.of(name) : Optional.empty();
    }

    @Override
    public String toString() {
        return switch (source) {
            case RESPONSE_BODY -> "$response.body#" + name;
            case REQUEST_BODY -> "$request.body#" + name;
            default -> prefix(source) + name;
        };
    }

    private static String prefix(Source source) {
        return switch (source) {
            case RESPONSE_HEADER -> "$response.header.";
            case REQUEST_PATH -> "$request.path.";
            case REQUEST_QUERY -> "$request.query.";
            case REQUEST_HEADER -> "$request.header.";
            case RESPONSE_BODY -> "$response.body#";
            case REQUEST_BODY -> "$request.body#";
        };
    }
}
