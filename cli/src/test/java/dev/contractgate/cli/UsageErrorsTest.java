package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A usage error names its cause: the unknown option first, with the option or command it misses. */
class UsageErrorsTest {

    @Test
    void a_misspelt_required_option_is_named_as_unknown_with_the_one_it_misses() {
        CliRun run = CliRun.of("check", "--baseurl", "http://127.0.0.1:1", "--token", "t");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option '--baseurl' for contract check: did you mean '--base-url'?")
                .doesNotContain("Missing required option");
    }

    @Test
    void a_misspelt_option_with_its_value_gets_the_option_it_misses() {
        CliRun run = CliRun.of("pacts", "--pact", "some-folder");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option '--pact' for contract pacts: did you mean '--pacts'?");
    }

    @Test
    void a_misspelt_command_gets_the_command_it_misses() {
        CliRun run = CliRun.of("chek", "--spec", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'check'?");
    }

    @Test
    void every_command_s_help_lists_every_exit_code() {
        for (String command : new String[] {"gate", "lint", "pacts", "diff", "check"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.out()).as(command).contains("0 clean, 1 findings, 2 bad input or usage, 3 internal error");
        }
    }
}
