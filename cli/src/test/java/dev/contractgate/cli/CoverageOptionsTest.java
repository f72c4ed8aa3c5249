package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage matrix in the console and the JSON report, and the minimum a run must reach. */
class CoverageOptionsTest {

    @TempDir
    Path dir;

    private Path pactOfOneOperation() throws Exception {
        Path pacts = Files.createDirectories(dir.resolve("pacts"));
        Files.writeString(pacts.resolve("c-p.json"), """
                {"consumer": {"name": "c"}, "provider": {"name": "p"},
                 "interactions": [{"description": "delete a token",
                   "request": {"method": "DELETE",
                     "path": "/organizations/clm8pxjjw000008l23jm08hyu/deployments/clm8t5u4q000008jq4qoc3031/agent-tokens/clm8q7f6q000008lcgyougpsk",
                     "headers": {"Authorization": "Bearer dev-token"}},
                   "response": {"status": 204}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);
        return pacts;
    }

    @Test
    void pacts_alone_show_their_column_and_ask_no_minimum_by_default() throws Exception {
        CliRun run = CliRun.of("pacts", "--spec", CliRun.spec(), "--pacts", pactOfOneOperation().toString(),
                "--report-dir", dir.resolve("r").toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("coverage (").containsPattern("DeleteAgentToken\\s+204 P");
        assertThat(Files.readString(dir.resolve("r/contract-report.json"))).contains("\"coverage\"").contains("\"exercisedBy\"");
    }

    @Test
    void a_success_minimum_fails_on_every_operation_no_source_made_succeed() throws Exception {
        CliRun run = CliRun.of("pacts", "--spec", CliRun.spec(), "--pacts", pactOfOneOperation().toString(),
                "--min-coverage", "success");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("coverage.success-not-exercised").contains("ListAgentTokens")
                .contains("GetAgentToken").contains("CreateAgentToken");
        assertThat(run.out().lines().filter(l -> l.startsWith("ERROR   coverage.success-not-exercised"))).hasSize(3);
    }

    @Test
    void a_minimum_that_is_not_a_level_is_bad_input() {
        CliRun run = CliRun.of("pacts", "--spec", CliRun.spec(), "--pacts", dir.toString(), "--min-coverage", "most");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--min-coverage must be success or none");
    }
}
