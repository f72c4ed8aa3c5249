package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects diff findings per operation. A finding's location is the place in the changed spec
 * when the thing still exists there, else the place in the base spec; the other file's place
 * is named in the message and both are in the evidence.
 */
final class FindingSink {

    private final Map<String, List<Finding>> byOperation = new LinkedHashMap<>();

    /** One operation being compared: its key ({@code GET /path}) and operationId. */
    record Op(String key, String operationId) {
    }

    /**
     * Records one change.
     *
     * @param inBase   {@code true} when the thing is gone from the changed spec: the finding then
     *                 points into the base spec and names the changed spec's place (its parent) in the message
     * @param base     the place in the base spec (the thing, or its parent when it is new)
     * @param changed  the place in the changed spec (the thing, or its parent when it is gone)
     */
    void add(Op op, String rule, Severity severity, String message, boolean inBase,
             SpecLocation base, SpecLocation changed) {
        SpecLocation primary = inBase ? base : changed;
        String other = inBase ? "changed spec: " + changed : "base spec: " + base;
        Evidence evidence = new Evidence("base spec    " + base, "changed spec " + changed);
        add(op, new Finding(rule, severity, op.operationId(), primary, message + " (" + other + ")", evidence));
    }

    void add(Op op, Finding finding) {
        byOperation.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(finding);
    }

    List<Finding> findings(String operationKey) {
        return byOperation.getOrDefault(operationKey, List.of());
    }
}
