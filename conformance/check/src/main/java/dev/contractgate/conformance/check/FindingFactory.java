package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.spec.SpecOperation;

/**
 * Builds findings the same way everywhere: located in the spec, evidence masked, with the severity the
 * rule's catalogue declares ({@link CheckRules}, {@link dev.contractgate.conformance.judge.JudgeRules}).
 * What a user turns up or down is applied to the whole run afterwards ({@code --severity}).
 */
final class FindingFactory {

    private final SpecSource spec;
    FindingFactory(SpecSource spec) {
        this.spec = spec;
    }

    /** The severities the check's and the judge's catalogues declare, looked up once. */
    private static final java.util.Map<String, Severity> SEVERITIES = severities();

    private static java.util.Map<String, Severity> severities() {
        java.util.Map<String, Severity> all = new java.util.HashMap<>();
        for (java.util.List<Rule> catalogue : java.util.List.of(CheckRules.catalogue(),
                dev.contractgate.conformance.judge.JudgeRules.catalogue())) {
            catalogue.forEach(rule -> all.put(rule.key(), rule.severity()));
        }
        return java.util.Map.copyOf(all);
    }

    /** The severity the rule's catalogue declares (an error for a key no catalogue of the check holds). */
    static Severity severity(String rule) {
        return SEVERITIES.getOrDefault(rule, Severity.ERROR);
    }

    private Finding finding(String rule, SpecOperation op, String pointer, String message, Evidence evidence) {
        return new Finding(rule, severity(rule), op == null ? null : op.id(), spec.locate(pointer), message, evidence);
    }

    /** A finding about {@code op}; {@code pointerSuffix} is appended to the operation's pointer. */
    Finding of(String rule, SpecOperation op, String pointerSuffix, String message, Exchange exchange) {
        String pointer = op == null ? "" : op.pointer() + (pointerSuffix == null ? "" : pointerSuffix);
        return finding(rule, op, pointer, message, exchange == null ? Evidence.NONE : exchange.evidence());
    }

    /** A finding located at an absolute pointer of the spec (a schema node), not under the operation. */
    Finding at(String rule, SpecOperation op, String pointer, String message, Exchange exchange) {
        return finding(rule, op, pointer, message, exchange == null ? Evidence.NONE : exchange.evidence());
    }

    /** A finding about {@code op} with evidence of its own (a reproducer and the answer that diverged). */
    Finding withEvidence(String rule, SpecOperation op, String pointerSuffix, String message, Evidence evidence) {
        String pointer = op == null ? "" : op.pointer() + (pointerSuffix == null ? "" : pointerSuffix);
        return finding(rule, op, pointer, message, evidence);
    }

    static String responsePointer(int status) {
        return "/responses/" + status;
    }
}
