package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** RULES.md lists exactly the rule keys {@link Rules} declares. */
class RulesDocumentedTest {

    @Test
    void rules_md_names_every_rule_key_and_no_other() {
        assertThat(RuleCatalogue.documentedKeys(Path.of("RULES.md"), ""))
                .containsExactlyInAnyOrderElementsOf(RuleCatalogue.declaredKeys(Rules.class));
    }
}
