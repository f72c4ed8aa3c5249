package dev.contractgate.conformance.pacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** RULES.md follows from {@link PactRules}' catalogue: each rule's key, severity and description, and no other. */
class RulesDocumentedTest {

    @Test
    void rules_md_is_the_catalogue_of_pact_rules_row_by_row() {
        assertThat(RuleCatalogue.documentedRules(Path.of("RULES.md")).stream().filter(r -> r.key().startsWith("pact.")))
                .containsExactlyInAnyOrderElementsOf(PactRules.catalogue());
    }
}
