package dev.contractgate.conformance.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedInteractionsTest {

    @TempDir
    Path dir;

    private static final SpecSource SPEC = SpecSource.load(Path.of(System.getProperty("contract.spec")));

    private static Path cleanPact() throws Exception {
        return Path.of(RecordedInteractionsTest.class.getResource("/pacts/clean-v3/fixture-consumer-agent-token-api.json").toURI());
    }

    @Test
    void reads_every_synchronous_interaction_of_every_pact_file() throws Exception {
        Files.copy(cleanPact(), dir.resolve("consumer.json"));

        assertThat(RecordedInteractions.read(SPEC, dir)).hasSize(3);
    }

    @Test
    void an_unreadable_pact_file_is_passed_over_here_and_is_an_error_of_the_pact_check_that_reads_the_same_folder()
            throws Exception {
        Files.copy(cleanPact(), dir.resolve("a-good.json"));
        Files.writeString(dir.resolve("b-broken.json"), "{\"consumer\": {\"name\": \"x\"}, \"interactions\": [ {");

        assertThat(RecordedInteractions.read(SPEC, dir)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.pact()).isEqualTo("a-good.json"));
        dev.contractgate.conformance.core.RunResult checked = new PactSpecCheck().check(SPEC, dir);
        assertThat(checked.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(PactRules.FILE_UNREADABLE);
            assertThat(f.severity()).isEqualTo(dev.contractgate.conformance.core.Severity.ERROR);
            assertThat(f.message()).contains("b-broken.json");
        });
        assertThat(checked.exitCode()).isEqualTo(1);
    }
}
