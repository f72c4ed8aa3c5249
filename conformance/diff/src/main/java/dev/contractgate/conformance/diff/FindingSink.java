package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects diff findings per operation. A finding's location is the place in the changed spec
 * when the thing still exists there, else the place in the base spec; the other file's place
 * is named in the message and both are in the evidence.
 */
final class FindingSink {

    /** Claims every aspect of a node and everything under it. */
    static final String WHOLE = "*";

    private final Map<String, List<Finding>> byOperation = new LinkedHashMap<>();
    private final Map<Object, Set<String>> claims = new IdentityHashMap<>();

    /** A breaking or compatible change of one response field, for consumer impact: which field of which response. */
    record ResponseFieldChange(String operationId, String status, String field, Finding finding) {
    }

    private final List<ResponseFieldChange> responseFields = new ArrayList<>();

    /** Records {@code finding} as a change of one response field, for consumer impact. */
    void responseField(Op op, String status, String field, Finding finding) {
        if (field != null && !field.isEmpty()) {
            responseFields.add(new ResponseFieldChange(op.operationId(), status, field, finding));
        }
    }

    List<ResponseFieldChange> responseFields() {
        return List.copyOf(responseFields);
    }

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
    Finding add(Op op, String rule, Severity severity, String message, boolean inBase,
                SpecLocation base, SpecLocation changed) {
        SpecLocation primary = inBase ? base : changed;
        String other = inBase ? "changed spec: " + changed : "base spec: " + base;
        Evidence evidence = new Evidence("base spec    " + base, "changed spec " + changed);
        Finding finding = new Finding(rule, severity, op.operationId(), primary, message + " (" + other + ")", evidence);
        add(op, finding);
        claimants.add(new Claimant(rule, base.pointer(), changed.pointer(), finding));
        return finding;
    }

    /** A finding and the places it names in both documents: what the structural diff matches changes against. */
    record Claimant(String rule, String basePointer, String changedPointer, Finding finding) {
    }

    private final List<Claimant> claimants = new ArrayList<>();

    int claimantCount() {
        return claimants.size();
    }

    /** The findings made since there were {@code count}. */
    List<Claimant> claimantsFrom(int count) {
        return List.copyOf(claimants.subList(count, claimants.size()));
    }

    List<Claimant> claimants() {
        return List.copyOf(claimants);
    }

    /** Records one change with the rule's own severity, and claims the openapi-diff node (and aspect) it classifies. */
    Finding add(Op op, String rule, String message, boolean inBase, SpecLocation base, SpecLocation changed,
                Object node, String aspect) {
        Finding finding = add(op, rule, DiffRules.severity(rule), message, inBase, base, changed);
        claim(node, aspect);
        return finding;
    }

    /**
     * Marks an aspect of an openapi-diff node as classified by a rule that has just reported it;
     * {@link UnclassifiedChanges} reports every difference nobody claimed. {@code ""} is the
     * whole of a leaf node, {@link #WHOLE} a node and everything under it.
     */
    void claim(Object node, String aspect) {
        if (node != null) {
            claims.computeIfAbsent(node, k -> Collections.newSetFromMap(new LinkedHashMap<>())).add(aspect);
        }
    }

    boolean claimed(Object node, String aspect) {
        Set<String> aspects = claims.get(node);
        return aspects != null && (aspects.contains(aspect) || aspects.contains(WHOLE));
    }

    void add(Op op, Finding finding) {
        byOperation.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(finding);
    }

    List<Finding> findings(String operationKey) {
        return byOperation.getOrDefault(operationKey, List.of());
    }
}
