package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static BundledMockServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startMockServer() {
        server = BundledMockServer.startOnFreePort(false);
    }

    @AfterAll
    static void stopMockServer() {
        server.close();
    }

    @Test
    void check_against_the_mock_server_with_the_restricted_token_is_clean_and_never_prints_a_token() {
        CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", server.baseUrl().toString(),
                "--token", "dev-token", "--forbidden-token", "dev-token-restricted",
                "--forbidden-organization", "clmrestrictedorg000000001", "--seed", "7", "--concurrency", "2",
                "--report-dir", dir.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("requests:").contains("PASSED");
        assertThat(dir.resolve("junit.xml")).exists();
        assertThat(run.out() + run.err()).doesNotContain("dev-token");
    }

    @Test
    void check_with_a_token_the_server_refuses_is_bad_input_with_one_line_naming_the_request() {
        CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", server.baseUrl().toString(),
                "--token", "not-a-known-token");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the server refused the token: GET /organizations/").contains("answered 401")
                .contains("--token").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out() + run.err()).doesNotContain("not-a-known-token");
    }

    @Test
    void a_base_url_with_a_prefix_the_server_does_not_serve_is_bad_input_that_names_the_option() {
        String base = server.baseUrl().toString().replaceAll("/+$", "") + "/v1";
        CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", base, "--token", "dev-token");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains("no documented path answers under " + base)
                .contains("GET and POST /organizations/").contains("answered 404").contains("Is --base-url right?");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void operation_limits_the_run_and_its_coverage_minimum_to_the_operations_named() {
        CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", server.baseUrl().toString(),
                "--token", "dev-token", "--operation", "GetAgentToken", "--sequences", "0");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("GetAgentToken").doesNotContain("coverage.success-not-exercised")
                .doesNotContain("  ListAgentTokens  ");
    }

    @Test
    void forbidden_organization_without_a_forbidden_token_is_bad_input() {
        CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", server.baseUrl().toString(),
                "--token", "dev-token", "--forbidden-organization", "clmrestrictedorg000000001");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--forbidden-token");
    }
}
