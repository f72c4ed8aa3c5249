package dev.contractgate.conformance.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** RULES.md follows from {@link LintRules}' catalogue (key, severity, description), and every lint rule emits one of them. */
class RulesDocumentedTest {

    @Test
    void rules_md_is_the_catalogue_of_lint_rules_row_by_row_beside_the_judge_rule_lint_reports_too() {
        assertThat(RuleCatalogue.documentedRules(Path.of("RULES.md")).stream()
                .filter(r -> !r.key().equals(LintRules.PATTERN_UNUSABLE)))
                .containsExactlyInAnyOrderElementsOf(LintRules.catalogue());
    }
}
