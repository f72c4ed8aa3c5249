package dev.contractgate.conformance.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoverageRulesDocumentedTest {

    @Test
    void rules_md_names_every_rule_of_the_catalogue_and_no_other() {
        assertThat(RuleCatalogue.documentedKeys(Path.of("RULES.md"), ""))
                .containsExactlyInAnyOrderElementsOf(CoverageRules.catalogue().stream().map(Rule::key).toList());
        assertThat(RuleCatalogue.documentedRules(Path.of("RULES.md"))).containsExactlyElementsOf(CoverageRules.catalogue());
    }
}
