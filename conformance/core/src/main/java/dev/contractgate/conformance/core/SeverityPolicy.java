package dev.contractgate.conformance.core;

import java.util.Map;

/**
 * Per-rule severity overrides, the way the Atlassian validator's level resolver lets users
 * turn a key down to a warning. A key matches a rule exactly or as a dotted prefix:
 * {@code pact} covers {@code pact.request.undocumented-path}.
 */
public final class SeverityPolicy {

    private final Map<String, Severity> overrides;

    private SeverityPolicy(Map<String, Severity> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static SeverityPolicy defaults() {
        return new SeverityPolicy(Map.of());
    }

    public static SeverityPolicy of(Map<String, Severity> overrides) {
        return new SeverityPolicy(overrides);
    }

    public Finding apply(Finding finding) {
        String key = finding.rule();
        while (true) {
            Severity override = overrides.get(key);
            if (override != null) {
                return finding.withSeverity(override);
            }
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                return finding;
            }
            key = key.substring(0, dot);
        }
    }
}
