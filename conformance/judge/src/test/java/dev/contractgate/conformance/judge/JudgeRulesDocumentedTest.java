package dev.contractgate.conformance.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JudgeRulesDocumentedTest {

    @Test
    void rules_md_names_every_key_of_the_catalogue_and_no_other() {
        assertThat(RuleCatalogue.documentedKeys(Path.of("RULES.md"), ""))
                .containsExactlyInAnyOrderElementsOf(JudgeRules.catalogue().stream().map(JudgeRules.Rule::key).toList());
    }
}
