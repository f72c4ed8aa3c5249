package dev.contractgate.cli;

import dev.contractgate.conformance.check.Rules;
import dev.contractgate.conformance.core.RuleCatalogue;
import dev.contractgate.conformance.core.coverage.CoverageMinimum;
import dev.contractgate.conformance.diff.DiffRules;
import dev.contractgate.conformance.diff.client.ClientRuntimeCompat;
import dev.contractgate.conformance.lint.LintRules;
import dev.contractgate.conformance.pacts.PactRules;
import java.util.LinkedHashSet;
import java.util.Set;

/** Every rule key any command can report: what {@code --severity} and {@code --config} may name. */
final class KnownRules {

    private KnownRules() {
    }

    static Set<String> all() {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(RuleCatalogue.declaredKeys(LintRules.class));
        keys.addAll(RuleCatalogue.declaredKeys(PactRules.class));
        keys.addAll(RuleCatalogue.declaredKeys(Rules.class));
        DiffRules.catalogue().forEach(rule -> keys.add(rule.key()));
        dev.contractgate.conformance.judge.JudgeRules.catalogue().forEach(rule -> keys.add(rule.key()));
        keys.add(ClientRuntimeCompat.RULE);
        keys.add(CoverageMinimum.RULE);
        return keys;
    }
}
