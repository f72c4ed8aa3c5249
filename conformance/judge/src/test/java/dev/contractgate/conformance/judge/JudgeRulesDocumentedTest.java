package dev.contractgate.conformance.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JudgeRulesDocumentedTest {

    @Test
    void rules_md_names_every_key_of_the_catalogue_and_no_other() {
        assertThat(RuleCatalogue.documentedRules(Path.of("RULES.md")))
                .as("RULES.md follows from the catalogue: key, severity and description of each rule")
                .containsExactlyInAnyOrderElementsOf(JudgeRules.catalogue());
    }
}
