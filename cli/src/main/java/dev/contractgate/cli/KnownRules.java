package dev.contractgate.cli;

import dev.contractgate.conformance.check.CheckRules;
import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.coverage.CoverageRules;
import dev.contractgate.conformance.diff.DiffRules;
import dev.contractgate.conformance.judge.JudgeRules;
import dev.contractgate.conformance.lint.LintRules;
import dev.contractgate.conformance.pacts.PactRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every rule key any command can report: what {@code --severity} and {@code --config} may name. */
final class KnownRules {

    /** Every engine's catalogue; a rule is declared in exactly one of them. */
    static final List<List<Rule>> CATALOGUES = List.of(LintRules.catalogue(), PactRules.catalogue(),
            CheckRules.catalogue(), DiffRules.catalogue(), JudgeRules.catalogue(), CoverageRules.catalogue());

    private KnownRules() {
    }

    static Set<String> all() {
        Set<String> keys = new LinkedHashSet<>();
        CATALOGUES.forEach(catalogue -> catalogue.forEach(rule -> keys.add(rule.key())));
        return keys;
    }
}
