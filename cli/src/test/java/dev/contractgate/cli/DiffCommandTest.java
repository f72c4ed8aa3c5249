package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DiffCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new ContractCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(DiffCommandTest.class.getResource("/diff/" + name).toURI()).toString();
    }

    @Test
    void removed_response_field_exits_1_naming_the_rule() throws Exception {
        int code = run("diff", "--base", fixture("diff.response.field-removed_base.yaml"),
                "--spec", fixture("diff.response.field-removed_changed.yaml"));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("diff.response.field-removed");
    }

    @Test
    void without_a_client_jar_the_clients_generated_from_base_and_spec_are_compared() throws Exception {
        int code = run("diff", "--base", fixture("diff.response.field-removed_base.yaml"),
                "--spec", fixture("diff.response.field-removed_changed.yaml"));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("diff.client.").contains("client of --base generated from the base spec in ms");
        assertThat(err.toString()).as("no generator log lines").doesNotContain("WARN");
    }

    @Test
    void no_client_skips_the_client_comparison() throws Exception {
        run("diff", "--base", fixture("diff.response.field-removed_base.yaml"),
                "--spec", fixture("diff.response.field-removed_changed.yaml"), "--no-client");

        assertThat(out.toString()).contains("diff.response.field-removed").doesNotContain("diff.client.");
    }

    @Test
    void same_spec_exits_0() throws Exception {
        String spec = fixture("diff.response.field-removed_base.yaml");
        assertThat(run("diff", "--base", spec, "--spec", spec)).isZero();
    }

    @Test
    void base_that_is_neither_file_nor_revision_exits_2_with_one_line() throws Exception {
        int code = run("diff", "--base", "no-such-revision-xyz", "--spec", fixture("diff.response.field-removed_base.yaml"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("contract: ").contains("'no-such-revision-xyz'");
        assertThat(err.toString().strip()).doesNotContain("\n");
    }

    @Test
    void unknown_fail_on_value_is_a_usage_error() throws Exception {
        String spec = fixture("diff.response.field-removed_base.yaml");
        assertThat(run("diff", "--base", spec, "--spec", spec, "--fail-on", "sometimes")).isEqualTo(2);
    }

    @Test
    void missing_client_jar_exits_2_naming_the_option() throws Exception {
        String spec = fixture("diff.response.field-removed_base.yaml");
        assertThat(run("diff", "--base", spec, "--spec", spec, "--client-jar", "no-such-client.jar")).isEqualTo(2);
        assertThat(err.toString()).contains("--client-jar").contains("no-such-client.jar");
    }

    @Test
    void without_spec_the_released_spec_is_compared_with_the_base_file() throws Exception {
        // the tests run in cli/, where there is no openapi/agent-tokens.yaml: the bundled spec is the changed one
        Path released = Path.of(System.getProperty("contract.spec"));
        assertThat(run("diff", "--base", released.toString())).as(err.toString()).isZero();
        assertThat(run("diff", "--base", fixture("diff.response.field-removed_base.yaml"))).isEqualTo(1);
    }

    @Test
    void without_spec_a_base_that_is_no_file_exits_2_asking_for_spec() {
        int code = run("diff", "--base", "origin/main");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("contract: ").contains("'origin/main'").contains("--spec");
        assertThat(err.toString().strip()).doesNotContain("\n");
    }
}
