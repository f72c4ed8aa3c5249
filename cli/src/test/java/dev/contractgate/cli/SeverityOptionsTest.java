package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user sets severities by rule key or prefix, on the command line or in a YAML file. */
class SeverityOptionsTest {

    @TempDir
    Path dir;

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(SeverityOptionsTest.class.getResource("/diff/" + name).toURI()).toString();
    }

    private static String[] diff(String... more) throws URISyntaxException {
        // the clients are not what these tests are about (and a removed field removes its getter: a client finding too)
        String[] base = {"diff", "--base", fixture("diff.response.field-removed_base.yaml"),
                "--spec", fixture("diff.response.field-removed_changed.yaml"), "--no-client"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void a_breaking_rule_turned_into_a_warning_by_its_prefix_no_longer_fails_the_run() throws Exception {
        CliRun run = CliRun.of(diff("--severity", "diff.response.=warning"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("WARNING diff.response.field-removed");
    }

    @Test
    void a_rule_turned_off_leaves_the_report_but_is_counted_in_its_stats() throws Exception {
        CliRun run = CliRun.of(diff("--severity", "diff.response.field-removed=off", "--report-dir", dir.toString()));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("ERROR   diff.response.field-removed");
        assertThat(Files.readString(dir.resolve("contract-report.json")))
                .contains("\"findings turned off\"").containsPattern("\"diff.response.field-removed\" : [1-9]");
    }

    @Test
    void a_config_file_sets_severities_and_the_command_line_wins_over_it() throws Exception {
        Path config = Files.writeString(dir.resolve("contract.yaml"), "severity:\n  diff.response: off\n");

        assertThat(CliRun.of(diff("--config", config.toString())).exitCode()).isZero();
        assertThat(CliRun.of(diff("--config", config.toString(), "--severity", "diff.response.field-removed=error"))
                .exitCode()).isEqualTo(1);
    }

    @Test
    void a_level_that_is_not_a_severity_is_bad_input_naming_the_flag() throws Exception {
        CliRun run = CliRun.of(diff("--severity", "diff.response=fatal"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--severity diff.response=fatal").contains("error, warning or off");
    }

    @Test
    void a_config_file_without_a_severity_map_is_bad_input_naming_the_file() throws Exception {
        Path config = Files.writeString(dir.resolve("contract.yaml"), "severities: {}\n");

        CliRun run = CliRun.of(diff("--config", config.toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(config.toString()).contains("'severity:'");
    }
}
