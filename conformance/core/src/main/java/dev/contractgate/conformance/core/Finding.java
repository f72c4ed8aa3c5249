package dev.contractgate.conformance.core;

import java.util.Objects;

/**
 * One thing wrong, whatever found it: lint, pact check, live conformance check or diff.
 *
 * @param rule      stable key, e.g. {@code response.body.schema}; tests assert on it
 * @param severity  error or warning (after any per-rule override)
 * @param operation the operationId concerned, or {@code null}
 * @param location  where in the spec
 * @param message   one line a person understands
 * @param evidence  the request and response (or fragments) that show it, secrets masked
 */
public record Finding(String rule, Severity severity, String operation, SpecLocation location,
                      String message, Evidence evidence) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? SpecLocation.of("") : location;
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    public static Finding error(String rule, String operation, SpecLocation location, String message,
                                Evidence evidence) {
        return new Finding(rule, Severity.ERROR, operation, location, message, evidence);
    }

    public static Finding warning(String rule, String operation, SpecLocation location, String message,
                                  Evidence evidence) {
        return new Finding(rule, Severity.WARNING, operation, location, message, evidence);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, operation, location, message, evidence);
    }
}
