package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_spec_file_exits_2_naming_the_file_without_a_stack_trace() {
        Path missing = dir.resolve("nowhere.yaml");

        CliRun run = CliRun.of("lint", "--spec", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("contract: ").contains(missing.toString());
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void a_file_that_is_not_openapi_exits_2_naming_the_file() throws IOException {
        Path notASpec = Files.writeString(dir.resolve("notes.yaml"), "shopping:\n  - milk\n  - bread\n");

        CliRun run = CliRun.of("check", "--spec", notASpec.toString(), "--base-url", "http://127.0.0.1:9",
                "--token", "t");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("contract: ").contains(notASpec.toString());
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void an_openapi_3_1_spec_is_refused_by_every_engine_in_one_line_naming_the_version() throws IOException {
        String spec = Files.readString(java.nio.file.Path.of(System.getProperty("contract.spec")))
                .replaceFirst("openapi: 3.0.3", "openapi: 3.1.0");
        Path v31 = Files.writeString(dir.resolve("v31.yaml"), spec);
        for (String[] args : new String[][] {{"lint", "--spec", v31.toString()}, {"pacts", "--spec", v31.toString(),
                "--pacts", dir.toString()}, {"diff", "--base", System.getProperty("contract.spec"), "--spec", v31.toString()},
                {"check", "--spec", v31.toString(), "--base-url", "http://127.0.0.1:9", "--token", "t"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(args[0]).isEqualTo(2);
            assertThat(run.err()).as(args[0]).contains("OpenAPI 3.1.0").contains("3.0.x only").doesNotContain("\tat ");
        }
    }

    @Test
    void verbose_adds_the_stack_trace_to_the_one_line_error() {
        CliRun run = CliRun.of("lint", "--spec", dir.resolve("nowhere.yaml").toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("BadInputException").contains("\tat ");
    }

    @Test
    void an_unreachable_base_url_exits_2_naming_the_url_and_never_printing_the_token() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;

        CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", url, "--token", "secret-token-123",
                "--timeout", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("contract: ").contains(url);
        assertThat(run.out() + run.err()).doesNotContain("secret-token-123");
    }

    @Test
    void a_base_url_that_is_not_http_exits_2() {
        CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", "ftp://example", "--token", "t");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--base-url");
    }

    @Test
    void pacts_on_a_missing_folder_exits_2_naming_the_folder() {
        Path missing = dir.resolve("no-pacts");

        CliRun run = CliRun.of("pacts", "--spec", CliRun.spec(), "--pacts", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("contract: ").contains(missing.toString());
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_exit_2() {
        CliRun run = CliRun.of("lint", "--spec", CliRun.spec(), "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void a_missing_required_option_is_a_usage_error_with_exit_2() {
        CliRun run = CliRun.of("check", "--spec", CliRun.spec());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--base-url");
    }

    @Test
    void no_command_is_a_usage_error_with_exit_2() {
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void serve_with_an_unreadable_seed_file_exits_2_naming_the_file() {
        Path missing = dir.resolve("seed.json");

        CliRun run = CliRun.of("serve", "--port", "0", "--seed", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("contract: mock server: ").contains(missing.toString());
    }

    @Test
    void serve_with_an_unknown_flag_exits_2() {
        CliRun run = CliRun.of("serve", "--no-such-flag");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-flag");
    }
}
