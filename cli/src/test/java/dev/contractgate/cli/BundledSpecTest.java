package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Outside this repository, a command without --spec checks the spec the CLI was released with. */
class BundledSpecTest {

    @Test
    void lint_without_a_spec_outside_the_repository_lints_the_bundled_spec() {
        assertThat(Path.of(SpecOption.DEFAULT_SPEC)).as("the tests run in cli/, where there is no openapi/").doesNotExist();

        CliRun run = CliRun.of("lint");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("agent-tokens.yaml").contains("operations: 4");
    }

    @Test
    void pacts_without_a_spec_checks_the_pacts_against_the_bundled_spec(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path pact = dir.resolve("consumer-provider.json");
        Files.writeString(pact, """
                {"consumer": {"name": "c"}, "provider": {"name": "p"},
                 "interactions": [{"description": "an undocumented call",
                   "request": {"method": "GET", "path": "/nowhere"},
                   "response": {"status": 200}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);

        CliRun run = CliRun.of("pacts", "--pacts", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("pact.request.undocumented-path");
    }
}
