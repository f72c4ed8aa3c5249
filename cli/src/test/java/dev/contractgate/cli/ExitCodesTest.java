package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug of the tool is exit 3 and a usage error exit 2, each with one line; never 1 (which means findings). */
class ExitCodesTest {

    @Command(name = "broken")
    static final class Broken implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("a bug of ours");
        }
    }

    @Test
    void an_unexpected_exception_is_exit_3_with_one_line_and_no_stack_trace() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Broken(), false).setErr(new PrintWriter(err, true)).execute();

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("contract: internal error: java.lang.IllegalStateException: a bug of ours")
                .contains("--verbose");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void with_verbose_it_prints_the_stack_trace() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Broken(), true).setErr(new PrintWriter(err, true)).execute();

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("at dev.contractgate.cli.ExitCodesTest$Broken.run");
    }

    @Test
    void a_usage_error_is_exit_2_with_one_line_and_where_to_look() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new ContractCommand(), false).setErr(new PrintWriter(err, true))
                .execute("lint", "--no-such-flag");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip().lines()).containsExactly(
                "contract: unknown option '--no-such-flag' for contract lint", "see contract lint --help");
    }
}
