package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCommandTest {

    @TempDir
    Path dir;

    @Test
    void gate_lints_checks_the_bundled_mock_server_prints_one_summary_and_writes_the_reports() throws Exception {
        Path reports = dir.resolve("reports");
        // no --pacts, and no recorded pacts where the consumer tests write them (from cli/): skipped, said so
        CliRun run = CliRun.of("gate", "--mock", "--spec", CliRun.spec(), "--report-dir", reports.toString());

        assertThat(run.err()).contains("WARNING: no pact files in contract-tests/target/pacts").contains("mvn verify");
        assertThat(run.out()).as(run.err()).contains("contract gate").contains("lint").contains("check: requests")
                .containsPattern("(PASSED|FAILED): \\d+ checks");
        JsonNode report = new ObjectMapper().readTree(reports.resolve("contract-report.json").toFile());
        assertThat(run.exitCode()).isEqualTo(report.get("exitCode").asInt());
        List<String> groups = new ArrayList<>();
        List<String> errorRules = new ArrayList<>();
        for (JsonNode check : report.get("checks")) {
            groups.add(check.get("group").asText());
            for (JsonNode finding : check.get("findings")) {
                if ("ERROR".equalsIgnoreCase(finding.path("severity").asText())) {
                    errorRules.add(finding.get("rule").asText());
                }
            }
        }
        assertThat(groups).contains("lint", "CreateAgentToken", "ListAgentTokens", "GetAgentToken", "DeleteAgentToken");
        assertThat(errorRules).as("the bundled mock server honours the spec").isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(reports.resolve("junit.xml")).exists();
        assertThat(run.out() + run.err()).doesNotContain("dev-token");
    }

    @Test
    void gate_on_a_missing_spec_exits_2() {
        CliRun run = CliRun.of("gate", "--spec", dir.resolve("missing.yaml").toString(),
                "--report-dir", dir.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.yaml");
    }

    @Test
    void gate_with_a_pacts_folder_that_does_not_exist_exits_2_instead_of_skipping_the_pacts() {
        CliRun run = CliRun.of("gate", "--spec", CliRun.spec(), "--pacts", dir.resolve("no-such-folder").toString(),
                "--report-dir", dir.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--pacts").contains("no-such-folder").contains("holds no pact files");
    }

    @Test
    void gate_outside_the_toolkit_clone_does_not_recheck_the_bundled_mock_server_and_says_so() throws Exception {
        // the tests run in cli/, which has no mock-server/pom.xml: a consumer's repository, as far as gate can tell
        Path reports = dir.resolve("consumer-reports");
        CliRun run = CliRun.of("gate", "--spec", CliRun.spec(), "--report-dir", reports.toString());

        assertThat(run.err()).contains("skipping the conformance check").contains("--base-url").contains("--mock");
        assertThat(run.out()).contains("lint").doesNotContain("check: requests")
                .contains("check: skipped: no --base-url given").contains("pacts: skipped: no pact files");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(reports.resolve("contract-report.json").toFile());
        for (JsonNode check : report.get("checks")) {
            assertThat(check.get("group").asText()).as("only the lint stage ran").isEqualTo("lint");
        }
        assertThat(report.toString()).as("the report says the check did not run").contains("check: skipped");
    }

    @Test
    void gate_with_a_base_url_checks_that_implementation_instead_of_the_bundled_mock_server() {
        // an implementation of our users': here the mock server under a base path, started by the test
        try (var implementation = dev.contractgate.mock.MockServerApplication.start("--port", "0", "--quiet", "--base-path", "/v1")) {
            int port = ((org.springframework.boot.web.context.WebServerApplicationContext) implementation).getWebServer().getPort();
            CliRun run = CliRun.of("gate", "--spec", CliRun.spec(), "--base-url", "http://127.0.0.1:" + port + "/v1",
                    "--token", "dev-token", "--report-dir", dir.resolve("url-reports").toString());

            assertThat(run.out()).as(run.err()).contains("check: requests").containsPattern("PASSED: \\d+ checks");
            assertThat(run.err()).doesNotContain("skipping the conformance check");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out() + run.err()).doesNotContain("dev-token");
        }
    }

    @Test
    void gate_refuses_a_base_url_together_with_mock_and_a_base_url_without_a_token() {
        CliRun both = CliRun.of("gate", "--spec", CliRun.spec(), "--mock", "--base-url", "http://127.0.0.1:9",
                "--token", "t", "--report-dir", dir.resolve("r").toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--base-url and --mock");

        CliRun noToken = CliRun.of("gate", "--spec", CliRun.spec(), "--base-url", "http://127.0.0.1:9",
                "--token", "", "--report-dir", dir.resolve("r").toString());
        assertThat(noToken.exitCode()).isEqualTo(2);
        assertThat(noToken.err()).contains("--base-url needs --token (or CONTRACT_TOKEN set)");
    }

    @Test
    void gate_of_a_consumer_that_uses_some_operations_passes_on_its_pacts_unless_it_asks_for_coverage() throws Exception {
        // a consumer's pact with three operations (no delete), outside the toolkit's clone and with no server to check
        Path pacts = Path.of(System.getProperty("contract.spec")).getParent().getParent()
                .resolve("conformance/pacts/src/test/resources/pacts/clean-v3");
        CliRun run = CliRun.of("gate", "--spec", CliRun.spec(), "--pacts", pacts.toString(),
                "--report-dir", dir.resolve("consumer").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("pacts: interactions: 3").doesNotContain("coverage.success-not-exercised");

        CliRun strict = CliRun.of("gate", "--spec", CliRun.spec(), "--pacts", pacts.toString(), "--min-coverage", "success",
                "--report-dir", dir.resolve("strict").toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("coverage.success-not-exercised").contains("DeleteAgentToken");
    }
}
