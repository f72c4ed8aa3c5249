package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import java.util.List;

/** One lint rule: a stable key, a sentence saying what it checks, and the check itself. */
interface LintRule {

    /** The rule key every finding of this rule carries, e.g. {@code lint.operation-id}. */
    String key();

    /** What a spec that passes looks like, e.g. "every operation has a unique operationId". */
    String description();

    List<Finding> check(SpecSource spec);
}
