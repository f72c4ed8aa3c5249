package dev.contractgate.conformance.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** RULES.md lists exactly the rule keys {@link LintRules} declares, and every lint rule emits one of them. */
class RulesDocumentedTest {

    @Test
    void rules_md_names_every_lint_rule_key_and_no_other() {
        java.util.List<String> documented = new java.util.ArrayList<>(RuleCatalogue.documentedKeys(Path.of("RULES.md"), "lint."));
        documented.addAll(RuleCatalogue.documentedKeys(Path.of("RULES.md"), "spec."));
        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(RuleCatalogue.declaredKeys(LintRules.class));
    }
}
