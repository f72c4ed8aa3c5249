package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SeverityPolicy;
import dev.contractgate.conformance.core.SpecSource;

/** Builds findings the same way everywhere: located in the spec, evidence masked, policy applied. */
final class FindingFactory {

    private final SpecSource spec;
    private final SeverityPolicy policy;

    FindingFactory(SpecSource spec, SeverityPolicy policy) {
        this.spec = spec;
        this.policy = policy;
    }

    /** An error (before the policy) about {@code op}; {@code pointerSuffix} is appended to the operation's pointer. */
    Finding of(String rule, SpecOperation op, String pointerSuffix, String message, Exchange exchange) {
        String pointer = op == null ? "" : op.pointer() + (pointerSuffix == null ? "" : pointerSuffix);
        Evidence evidence = exchange == null ? Evidence.NONE : exchange.evidence();
        return policy.apply(Finding.error(rule, op == null ? null : op.id(), spec.locate(pointer), message, evidence));
    }

    /** An error located at an absolute pointer of the spec (a schema node), not under the operation. */
    Finding at(String rule, SpecOperation op, String pointer, String message, Exchange exchange) {
        Evidence evidence = exchange == null ? Evidence.NONE : exchange.evidence();
        return policy.apply(Finding.error(rule, op == null ? null : op.id(), spec.locate(pointer), message, evidence));
    }

    /** An error about {@code op} with evidence of its own (a reproducer script and the answer that diverged). */
    Finding withEvidence(String rule, SpecOperation op, String pointerSuffix, String message, Evidence evidence) {
        String pointer = op == null ? "" : op.pointer() + (pointerSuffix == null ? "" : pointerSuffix);
        return policy.apply(Finding.error(rule, op == null ? null : op.id(), spec.locate(pointer), message, evidence));
    }

    Finding warning(String rule, SpecOperation op, String message) {
        return policy.apply(Finding.warning(rule, op == null ? null : op.id(),
                spec.locate(op == null ? "" : op.pointer()), message, Evidence.NONE));
    }

    static String responsePointer(int status) {
        return "/responses/" + status;
    }
}
