package dev.contractgate.contracttests.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.DiffOptions;
import dev.contractgate.conformance.diff.DiffRules;
import dev.contractgate.conformance.diff.SpecDiff;
import dev.contractgate.contracttests.Pacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec-change gate with this project's own recorded pacts: a response enum that gains a
 * value breaks the consumers whose interactions read that field, even though every recorded
 * example value is still valid, so {@code --fail-on consumer-impact} fails.
 */
class SpecChangeImpactIT {

    @Test
    void kind_gaining_ephemeral_breaks_the_recorded_consumers_that_read_kind(@TempDir Path dir) throws IOException {
        Path spec = Pacts.spec();
        String text = Files.readString(spec);
        String kinds = "            - STANDARD\n            - DIRECT_ACCESS\n";
        assertThat(text).contains(kinds);
        Path edited = Files.writeString(dir.resolve("agent-tokens.yaml"),
                text.replace(kinds, kinds + "            - EPHEMERAL\n"));

        RunResult result = new SpecDiff().diff(SpecSource.load(spec), SpecSource.load(edited),
                DiffOptions.defaults().withPacts(Pacts.folder()).withFailOn(DiffOptions.FailOn.CONSUMER_IMPACT));

        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.CONSUMER_BROKEN))
                .isNotEmpty()
                .extracting(Finding::message).allMatch(m -> m.contains("kind") && m.contains(DiffRules.RESPONSE_ENUM_WIDENED));
        assertThat(result.exitCode()).isEqualTo(1);
    }
}
