package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.judge.InvariantProblem;
import dev.contractgate.conformance.judge.SpecInvariants;
import java.util.List;

/**
 * The spec's machine-readable promises (x-invariants in CEL, x-order, x-unique) compile and name
 * fields their schemas have: the same reading the judge does, so lint says what the other engines
 * would refuse, every problem at once, each at the line of its rule.
 */
final class InvariantsRule implements LintRule {

    @Override
    public String key() {
        return LintRules.INVARIANT_INVALID;
    }

    @Override
    public String description() {
        return "x-invariants compile as CEL and name fields their schemas have";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        List<InvariantProblem> problems = SpecInvariants.of(spec).problems();
        return problems.stream().map(p -> Finding.error(key(), null, spec.locate(p.pointer()), p.message(), Evidence.NONE))
                .toList();
    }
}
