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
    void an_unreadable_pact_file_is_bad_input_naming_it_instead_of_fewer_interactions_to_judge_a_change_by() throws Exception {
        Files.copy(cleanPact(), dir.resolve("a-good.json"));
        Files.writeString(dir.resolve("b-broken.json"), "{\"consumer\": {\"name\": \"x\"}, \"interactions\": [ {");

        assertThatThrownBy(() -> RecordedInteractions.read(SPEC, dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("b-broken.json").hasMessageContaining("consumer impact needs every pact");
    }
}
