package dev.contractgate.conformance.core;

import java.time.Duration;
import java.util.List;

/**
 * One check that ran (a JUnit test case in the reports): what it checked, for which
 * operation, how long it took, and the findings it produced (none means it passed).
 *
 * @param group     what the check belongs to, e.g. an operationId, a pact file or "spec"
 * @param name      a readable sentence, e.g. "GetAgentToken without a token gives 401"
 * @param findings  what it found; empty when it passed
 * @param duration  how long it took
 */
public record CheckRecord(String group, String name, List<Finding> findings, Duration duration) {

    public CheckRecord {
        findings = List.copyOf(findings);
        duration = duration == null ? Duration.ZERO : duration;
    }

    public static CheckRecord passed(String group, String name, Duration duration) {
        return new CheckRecord(group, name, List.of(), duration);
    }

    /** Passed means no error finding; warnings do not fail a check. */
    public boolean passed() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
