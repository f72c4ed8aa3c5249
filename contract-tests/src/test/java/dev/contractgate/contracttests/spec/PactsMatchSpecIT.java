package dev.contractgate.contracttests.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import dev.contractgate.contracttests.Pacts;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The last gate of {@code mvn verify}: every interaction of every pact in the folder is
 * documented by the spec (the same check {@code contract pacts} runs).
 */
class PactsMatchSpecIT {

    @Test
    void every_interaction_in_the_pacts_folder_is_documented_by_the_spec() {
        RunResult result = new PactSpecCheck().check(SpecSource.load(Pacts.spec()), Pacts.folder());

        String failures = result.checks().stream()
                .filter(c -> !c.passed())
                .flatMap(c -> c.findings().stream())
                .map(f -> "[" + f.rule() + "] " + f.message() + " (spec " + f.location() + ")")
                .collect(Collectors.joining("\n"));
        assertThat(result.checks()).as("interactions checked in %s", Pacts.folder()).isNotEmpty();
        assertThat(failures).as("interactions the spec does not document").isEmpty();
        assertThat(result.checks()).allMatch(CheckRecord::passed);
    }
}
